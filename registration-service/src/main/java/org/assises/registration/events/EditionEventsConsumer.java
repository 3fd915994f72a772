package org.assises.registration.events;

import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import org.assises.contracts.EditionEvent;
import org.assises.contracts.EventTypes;
import org.assises.platform.events.CloudEvent;
import org.assises.platform.events.IdempotentConsumer;
import org.assises.registration.service.EditionService;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Learns the editions programme-service owns (name, days, time zone, venue), once per event. */
@ApplicationScoped
public class EditionEventsConsumer {

    static final String CONSUMER = "registration-editions";

    private final IdempotentConsumer consumer;
    private final EditionService editions;
    private final Map<String, Consumer<CloudEvent>> handlers;

    public EditionEventsConsumer(IdempotentConsumer consumer, EditionService editions) {
        this.consumer = consumer;
        this.editions = editions;
        Consumer<CloudEvent> apply = this::apply;
        // Both types carry the whole edition: one upsert for both.
        this.handlers = Map.of(EventTypes.EDITION_CREATED, apply, EventTypes.EDITION_CHANGED, apply);
    }

    @Incoming("programme-editions")
    @Blocking
    public void onMessage(String message) {
        consumer.consume(CONSUMER, message, handlers);
    }

    private void apply(CloudEvent event) {
        editions.learn(consumer.data(event, EditionEvent.class));
    }
}
