package org.assises.logistics.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.assises.contracts.ParticipantEvent;
import org.assises.contracts.ParticipantStatus;
import org.assises.contracts.Side;

/**
 * The participant read model: a participant as logistics plans for them (who, when they arrive and
 * leave, VIP, hotel need, visit and gala dinner), kept from registration-service's events.
 */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Side side;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantStatus status;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "name_zh")
    public String nameZh;

    public String organisation;

    public String function;

    @Column(name = "delegation_id")
    public String delegationId;

    public boolean vip;

    @Column(name = "hotel_needed")
    public boolean hotelNeeded;

    @Column(name = "arrival_at")
    public OffsetDateTime arrivalAt;

    @Column(name = "arrival_transport")
    public String arrivalTransport;

    @Column(name = "arrival_place")
    public String arrivalPlace;

    @Column(name = "departure_at")
    public OffsetDateTime departureAt;

    @Column(name = "departure_transport")
    public String departureTransport;

    @Column(name = "departure_place")
    public String departurePlace;

    @Column(name = "field_visit")
    public String fieldVisit;

    @Column(name = "delegation_owner")
    public String delegationOwner;

    public String category;

    @Column(name = "gala_dinner", nullable = false)
    public boolean galaDinner;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> languages = new ArrayList<>();

    /** The function names that make someone the head of their delegation (who gets a room of their own). */
    private static final List<String> HEAD_OF_DELEGATION = List.of("chef de délégation", "cheffe de délégation",
            "head of delegation", "团长", "代表团团长");

    @Column(name = "last_event_id", nullable = false)
    public UUID lastEventId;

    @Column(name = "last_event_type", nullable = false)
    public String lastEventType;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Whether logistics plans for them: they hold a seat. */
    public boolean attends() {
        return status == ParticipantStatus.CONFIRMED;
    }

    /** VIPs and heads of delegation sleep in a room of their own. */
    public boolean needsSingleRoom() {
        if (vip) {
            return true;
        }
        String f = function == null ? "" : function.toLowerCase(Locale.ROOT);
        return HEAD_OF_DELEGATION.stream().anyMatch(f::contains);
    }

    /** Name in Latin letters, family name first as on Chinese documents. */
    public String displayName() {
        return familyName.toUpperCase(Locale.ROOT) + " " + givenName;
    }

    /** Whether this row already holds the state the event carries (what a snapshot of a healthy read model finds). */
    public boolean holds(ParticipantEvent e) {
        return id != null && Objects.equals(edition, e.edition()) && side == e.side() && status == e.status()
                && Objects.equals(familyName, e.familyName()) && Objects.equals(givenName, e.givenName())
                && Objects.equals(nameZh, e.nameZh()) && Objects.equals(organisation, e.organisation())
                && Objects.equals(delegationId, e.delegationId()) && vip == e.vip() && hotelNeeded == e.hotelNeeded()
                && sameTravel(arrivalAt, arrivalTransport, arrivalPlace, e.arrival())
                && sameTravel(departureAt, departureTransport, departurePlace, e.departure())
                && Objects.equals(fieldVisit, e.fieldVisit()) && Objects.equals(delegationOwner, e.delegationOwner())
                && Objects.equals(category, e.category()) && galaDinner == e.galaDinner()
                && Objects.equals(languages, e.languages() == null ? List.of() : e.languages())
                && Objects.equals(function, e.function());
    }

    private static boolean sameTravel(OffsetDateTime at, String transport, String place, ParticipantEvent.Travel travel) {
        if (travel == null) {
            return at == null && transport == null && place == null;
        }
        // The same instant read back from the database may carry another offset.
        boolean sameInstant = at == null ? travel.at() == null : travel.at() != null && at.isEqual(travel.at());
        return sameInstant && Objects.equals(transport, travel.transport()) && Objects.equals(place, travel.place());
    }

    /** Takes the participant's latest state from a registration event. */
    public void apply(ParticipantEvent e, UUID eventId, String eventType, OffsetDateTime eventTime) {
        edition = e.edition();
        side = e.side();
        status = e.status();
        familyName = e.familyName();
        givenName = e.givenName();
        nameZh = e.nameZh();
        organisation = e.organisation();
        delegationId = e.delegationId();
        vip = e.vip();
        hotelNeeded = e.hotelNeeded();
        arrivalAt = e.arrival() == null ? null : e.arrival().at();
        arrivalTransport = e.arrival() == null ? null : e.arrival().transport();
        arrivalPlace = e.arrival() == null ? null : e.arrival().place();
        departureAt = e.departure() == null ? null : e.departure().at();
        departureTransport = e.departure() == null ? null : e.departure().transport();
        departurePlace = e.departure() == null ? null : e.departure().place();
        fieldVisit = e.fieldVisit();
        delegationOwner = e.delegationOwner();
        category = e.category();
        galaDinner = e.galaDinner();
        languages = e.languages() == null ? new ArrayList<>() : new ArrayList<>(e.languages());
        function = e.function();
        lastEventId = eventId;
        lastEventType = eventType;
        updatedAt = eventTime;
    }
}
