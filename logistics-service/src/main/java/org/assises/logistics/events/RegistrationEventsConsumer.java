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
        this.handlers = EventTypes.PARTICIPANT_ALL.stream().collect(Collectors.toMap(type -> type, type -> upsert));
    }

    @Incoming("registration-participants")
    @Blocking
    public void onMessage(String message) {
        consumer.consume(CONSUMER, message, handlers);
    }

    private void upsert(CloudEvent event) {
        ParticipantEvent data = consumer.data(event, ParticipantEvent.class);
        check(event, data);
        Participant participant = participants.findByIdOptional(data.participantId()).orElseGet(() -> {
            Participant created = new Participant();
            created.id = data.participantId();
            return created;
        });
        // Events of one participant arrive in order (same key, same partition); an older event
        // replayed after a newer one must not roll the read model back.
        if (participant.updatedAt != null && event.time() != null && event.time().isBefore(participant.updatedAt)) {
            return;
        }
        participant.apply(data, event.id(), event.type(), event.time());
        if (!participants.isPersistent(participant)) {
            participants.persist(participant);
        }
        participants.flush();
        Log.infof("Participant %s of %s applied (%s, event %s)", data.participantId(), data.edition(), event.type(), event.id());
        planning.replanAfterChange(data.edition(), event.type() + " of participant " + data.participantId());
    }

    private static void check(CloudEvent event, ParticipantEvent data) {
        if (data.participantId() == null || !EditionCodes.isValid(data.edition()) || data.side() == null || data.status() == null
                || data.familyName() == null || data.givenName() == null) {
            throw new PoisonMessageException("event " + event.id() + " lacks participantId, a valid edition, side, status or names");
        }
    }
}
