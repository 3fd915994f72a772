package org.assises.logistics.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.assises.contracts.ParticipantEvent;
import org.assises.contracts.Side;

/** A participant as logistics plans for them: who, when they arrive and leave, VIP, hotel need. */
@Entity
@Table(name = "participant")
public class Traveller {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Side side;

    @Column(nullable = false)
    public String status;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "name_zh")
    public String nameZh;

    public String organisation;

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

    @Column(name = "last_event_id", nullable = false)
    public UUID lastEventId;

    @Column(name = "last_event_type", nullable = false)
    public String lastEventType;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Takes the participant's latest state from a registration event. */
    public void apply(ParticipantEvent e, UUID eventId, String eventType, OffsetDateTime eventTime) {
        edition = e.edition();
        side = e.side();
        status = e.status() == null ? null : e.status().name();
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
        lastEventId = eventId;
        lastEventType = eventType;
        updatedAt = eventTime;
    }
}
