package org.assises.registration.events;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.contracts.ParticipantEvent;
import org.assises.contracts.Topics;
import org.assises.platform.events.Outbox;
import org.assises.registration.domain.Delegation;
import org.assises.registration.domain.Participant;
import org.assises.registration.repository.DelegationRepository;
import org.assises.registration.repository.ParticipantRepository;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

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
        private final List<Pending> pending = new ArrayList<>();

        private Batch(Outbox.Batch events) {
            this.events = events;
        }

        /** Records {@code type} about the participant as it is now. */
        public void emit(String type, Participant p) {
            pending.add(new Pending(type, p.id.toString(), toEvent(p, delegationRecordOf(p)), Context.current()));
        }

        /**
         * Writes the collected events in the caller's transaction. They take their id and time here, once the
         * changed rows are locked, not when they were collected: a participant's event time then follows the
         * order of their states (see {@link #lockChangedRows()}).
         */
        public void write() {
            lockChangedRows();
            for (Pending e : pending) {
                // The outbox row keeps the trace of the request the event belongs to (a batch of admissions mixes several).
                try (Scope ignored = e.trace().makeCurrent()) {
                    events.add(Topics.REGISTRATION_PARTICIPANTS, e.type(), e.subject(), e.data());
                }
            }
            pending.clear();
            events.write();
        }
    }

    /** An event collected by a {@link Batch}: the participant's state when it happened, and the trace it happened in. */
    private record Pending(String type, String subject, ParticipantEvent data, Context trace) {
    }

    /**
     * Writes the pending participant changes before their events exist: the changed rows are then locked by
     * this transaction before its events take their time and outbox position. A snapshot reads its rows
     * FOR SHARE in the transaction that writes it, so either it waits for this change to commit and carries it,
     * or this change waits for the snapshot to commit and comes after it: a participant's events and
     * snapshots reach the topic in the order of the states they carry, with growing times, which is what
     * consumers compare to refuse an older state.
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
