package org.assises.registration.events;

import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import org.assises.contracts.EventTypes;
import org.assises.contracts.SessionEvent;
import org.assises.platform.events.CloudEvent;
import org.assises.platform.events.IdempotentConsumer;
import org.assises.registration.service.CatalogueService;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Keeps the workshop and field-visit catalogue in step with programme-service's sessions, once per event. */
@ApplicationScoped
public class SessionEventsConsumer {

    static final String CONSUMER = "registration-sessions";

    private final IdempotentConsumer consumer;
    private final CatalogueService catalogue;
    private final Map<String, Consumer<CloudEvent>> handlers;

    public SessionEventsConsumer(IdempotentConsumer consumer, CatalogueService catalogue) {
        this.consumer = consumer;
        this.catalogue = catalogue;
        this.handlers = Map.of(
                EventTypes.SESSION_CREATED, event -> apply(event, false),
                EventTypes.SESSION_CHANGED, event -> apply(event, false),
                EventTypes.SESSION_CANCELLED, event -> apply(event, true),
                EventTypes.SESSION_RESTORED, event -> apply(event, false),
                // A snapshot carries the session's whole state: the item is rebuilt from it (a cancelled one stays closed).
                EventTypes.SESSION_SNAPSHOT, event -> apply(event, false),
                EventTypes.SESSION_DELETED, event -> catalogue.remove(consumer.data(event, SessionEvent.class)));
    }

    @Incoming("programme-sessions")
    @Blocking
    public void onMessage(String message) {
        consumer.consume(CONSUMER, message, handlers);
    }

    private void apply(CloudEvent event, boolean cancelled) {
        catalogue.apply(consumer.data(event, SessionEvent.class), cancelled);
    }
}
