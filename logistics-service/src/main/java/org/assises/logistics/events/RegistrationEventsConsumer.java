package org.assises.logistics.events;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import org.assises.contracts.EditionCodes;
import org.assises.contracts.EventTypes;
import org.assises.contracts.ParticipantEvent;
import org.assises.logistics.domain.Participant;
import org.assises.logistics.repository.ParticipantRepository;
import org.assises.logistics.service.PlanningService;
import org.assises.platform.events.CloudEvent;
import org.assises.platform.events.IdempotentConsumer;
import org.assises.platform.events.PoisonMessageException;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Keeps logistics' participant read model in step with registration-service, once per event, and
 * re-plans the edition in the same transaction: an arrival moved, a cancellation, a VIP flag or a
 * changed visit choice reaches rooms, pickups and shuttles on its own.
 */
@ApplicationScoped
public class RegistrationEventsConsumer {

    static final String CONSUMER = "logistics-participants";

    private final IdempotentConsumer consumer;
    private final ParticipantRepository participants;
    private final PlanningService planning;
    private final Map<String, Consumer<CloudEvent>> handlers;

    public RegistrationEventsConsumer(IdempotentConsumer consumer, ParticipantRepository participants, PlanningService planning) {
        this.consumer = consumer;
        this.participants = participants;
        this.planning = planning;
        Consumer<CloudEvent> upsert = this::upsert;
        // Every participant event carries the whole current state: one handler for all of them.
        Map<String, Consumer<CloudEvent>> byType = EventTypes.PARTICIPANT_ALL.stream()
                .collect(Collectors.toMap(type -> type, type -> upsert));
        byType.put(EventTypes.PARTICIPANT_SNAPSHOT, this::rebuild);
        this.handlers = Map.copyOf(byType);
    }

    @Incoming("registration-participants")
    @Blocking
    public void onMessage(String message) {
        consumer.consume(CONSUMER, message, handlers);
    }

    private void upsert(CloudEvent event) {
        ParticipantEvent data = consumer.data(event, ParticipantEvent.class);
        check(event, data);
        Participant participant = participants.findByIdOptional(data.participantId()).orElseGet(Participant::new);
        if (olderThanWhatWeHave(participant, event)) {
            return;
        }
        save(participant, data, event);
        planning.replanAfterChange(data.edition(), event.type() + " of participant " + data.participantId());
    }

    /**
     * A snapshot re-emitted by registration to rebuild this read model: the participant's whole state, upserted.
     * One that changes nothing (the usual case) writes nothing and re-plans nothing, so a re-emission of a
     * healthy edition costs one read per participant; one that mends a row re-plans the edition like a change.
     */
    private void rebuild(CloudEvent event) {
        ParticipantEvent data = consumer.data(event, ParticipantEvent.class);
        check(event, data);
        Participant participant = participants.findByIdOptional(data.participantId()).orElseGet(Participant::new);
        if (olderThanWhatWeHave(participant, event) || participant.holds(data)) {
            return;
        }
        save(participant, data, event);
        planning.replanAfterChange(data.edition(), "snapshot of participant " + data.participantId());
    }

    /**
     * Events of one participant arrive in order (same key, same partition), and registration writes a change's
     * event and a snapshot in the order of the states they carry (it locks the participant's row before writing
     * either), so a later event time means a newer state. An older event replayed after a newer one (a dead
     * letter re-driven late) must not roll the read model back.
     */
    private static boolean olderThanWhatWeHave(Participant participant, CloudEvent event) {
        return participant.updatedAt != null && event.time() != null && event.time().isBefore(participant.updatedAt);
    }

    private void save(Participant participant, ParticipantEvent data, CloudEvent event) {
        if (participant.id == null) {
            participant.id = data.participantId();
        }
        participant.apply(data, event.id(), event.type(), event.time());
        if (!participants.isPersistent(participant)) {
            participants.persist(participant);
        }
        participants.flush();
        Log.infof("Participant %s of %s applied (%s, event %s)", data.participantId(), data.edition(), event.type(), event.id());
    }

    private static void check(CloudEvent event, ParticipantEvent data) {
        if (data.participantId() == null || !EditionCodes.isValid(data.edition()) || data.side() == null || data.status() == null
                || data.familyName() == null || data.givenName() == null) {
            throw new PoisonMessageException("event " + event.id() + " lacks participantId, a valid edition, side, status or names");
        }
    }
}
