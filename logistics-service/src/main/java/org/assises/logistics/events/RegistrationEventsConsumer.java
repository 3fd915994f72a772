package org.assises.logistics.events;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import org.assises.contracts.EventTypes;
import org.assises.contracts.ParticipantEvent;
import org.assises.logistics.domain.Traveller;
import org.assises.logistics.repository.TravellerRepository;
import org.assises.platform.events.CloudEvent;
import org.assises.platform.events.IdempotentConsumer;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Keeps logistics' participant read model in step with registration-service, once per event. */
@ApplicationScoped
public class RegistrationEventsConsumer {

    static final String CONSUMER = "logistics-participants";

    private final IdempotentConsumer consumer;
    private final TravellerRepository travellers;
    private final Map<String, Consumer<CloudEvent>> handlers;

    public RegistrationEventsConsumer(IdempotentConsumer consumer, TravellerRepository travellers) {
        this.consumer = consumer;
        this.travellers = travellers;
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
        Traveller traveller = travellers.findByIdOptional(data.participantId()).orElseGet(() -> {
            Traveller created = new Traveller();
            created.id = data.participantId();
            return created;
        });
        // Events of one participant arrive in order (same key, same partition); an older event
        // replayed after a newer one must not roll the read model back.
        if (traveller.updatedAt != null && event.time() != null && event.time().isBefore(traveller.updatedAt)) {
            return;
        }
        traveller.apply(data, event.id(), event.type(), event.time());
        if (!travellers.isPersistent(traveller)) {
            travellers.persist(traveller);
        }
    }
}
