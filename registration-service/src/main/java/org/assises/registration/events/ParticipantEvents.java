package org.assises.registration.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.contracts.ParticipantEvent;
import org.assises.contracts.Topics;
import org.assises.platform.events.Outbox;
import org.assises.registration.domain.Delegation;
import org.assises.registration.domain.Participant;
import org.assises.registration.repository.DelegationRepository;
import org.assises.registration.repository.ParticipantRepository;

/**
 * Writes the participant events of registration-service to the outbox, in the caller's transaction.
 * The payload carries what logistics and programme need (side, delegation, VIP, languages, travel,
 * hotel, choices) and never passport data.
 */
@ApplicationScoped
public class ParticipantEvents {

    private final Outbox outbox;
    private final DelegationRepository delegations;
    private final ParticipantRepository participants;

    public ParticipantEvents(Outbox outbox, DelegationRepository delegations, ParticipantRepository participants) {
        this.outbox = outbox;
        this.delegations = delegations;
        this.participants = participants;
    }

    /** Emits {@code type} (see {@code EventTypes.PARTICIPANT_*}) about the participant as it is now. */
    public void emit(String type, Participant p) {
        lockChangedRows();
        outbox.publish(Topics.REGISTRATION_PARTICIPANTS, type, p.id.toString(), toEvent(p, delegationRecordOf(p)));
    }

    /** Starts collecting the events of a bulk change (a delegation push), written together by {@link Batch#write()}. */
    public Batch batch() {
        return new Batch(outbox.batch());
    }

    /** The participant events of one bulk change, in the order they happened. */
    public final class Batch {

        private final Outbox.Batch events;

        private Batch(Outbox.Batch events) {
            this.events = events;
        }

        /** Records {@code type} about the participant as it is now. */
        public void emit(String type, Participant p) {
            events.add(Topics.REGISTRATION_PARTICIPANTS, type, p.id.toString(), toEvent(p, delegationRecordOf(p)));
        }

        /** Writes the collected events in the caller's transaction. */
        public void write() {
            lockChangedRows();
            events.write();
        }
    }

    /**
     * Writes the pending participant changes before their events: the rows are then locked by this
     * transaction before its outbox rows exist, so a snapshot reading them (FOR SHARE) either sees this
     * change or is seen by it, and the events of one participant reach the topic in the order of the changes.
     */
    private void lockChangedRows() {
        participants.flush();
    }

    /** APCAE's id of the participant's delegation, or null for a participant outside any delegation. */
    public String delegationOf(Participant p) {
        Delegation delegation = delegationRecordOf(p);
        return delegation == null ? null : delegation.apcaeId;
    }

    private Delegation delegationRecordOf(Participant p) {
        return p.delegationId == null ? null : delegations.findByIdOptional(p.delegationId).orElse(null);
    }

    /** The event of the participant as it is now; the delegation's APCAE id and owning account let consumers scope APCAE's reads. */
    static ParticipantEvent toEvent(Participant p, Delegation delegation) {
        ParticipantEvent.Travel arrival = p.arrival == null ? null
                : new ParticipantEvent.Travel(p.arrival.at, p.arrival.transport, p.arrival.place);
        ParticipantEvent.Travel departure = p.departure == null ? null
                : new ParticipantEvent.Travel(p.departure.at, p.departure.transport, p.departure.place);
        return new ParticipantEvent(p.id, p.edition, p.side, p.status, p.category == null ? null : p.category.name(),
                p.familyName, p.givenName, p.nameZh, p.organisation, p.function, delegation == null ? null : delegation.apcaeId, p.vip,
                List.copyOf(p.languages), p.interpretationNeeded, arrival, departure, p.hotelNeeded, p.dietaryNeeds,
                List.copyOf(p.workshops), p.fieldVisit, p.galaDinner, delegation == null ? null : delegation.owner);
    }
}
