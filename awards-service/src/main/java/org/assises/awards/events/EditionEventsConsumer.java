package org.assises.awards.events;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import org.assises.awards.service.CallSeeds;
import org.assises.awards.service.EditionService;
import org.assises.contracts.EditionEvent;
import org.assises.contracts.EventTypes;
import org.assises.platform.events.CloudEvent;
import org.assises.platform.events.IdempotentConsumer;
import org.assises.platform.events.PoisonMessageException;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Keeps awards' copy of the editions in step with programme-service, once per event. */
@ApplicationScoped
public class EditionEventsConsumer {

    static final String CONSUMER = "awards-editions";

    private final IdempotentConsumer consumer;
    private final EditionService editions;
    private final CallSeeds seeds;
    private final Map<String, Consumer<CloudEvent>> handlers;

    public EditionEventsConsumer(IdempotentConsumer consumer, EditionService editions, CallSeeds seeds) {
        this.consumer = consumer;
        this.editions = editions;
        this.seeds = seeds;
        // Both types carry the whole edition: one upsert for both.
        this.handlers = Map.of(EventTypes.EDITION_CREATED, this::apply, EventTypes.EDITION_CHANGED, this::apply);
    }

    @Incoming("programme-editions")
    @Blocking
    public void onMessage(String message) {
        consumer.consume(CONSUMER, message, handlers);
    }

    private void apply(CloudEvent event) {
        // The platform checks the payload's constraints; the time zone must also be one Java knows, as every
        // deadline of the call is read in it.
        EditionEvent edition = consumer.data(event, EditionEvent.class);
        try {
            ZoneId.of(edition.timeZone());
        } catch (DateTimeException e) {
            throw new PoisonMessageException("edition event " + event.id() + " has an unknown time zone: " + edition.timeZone());
        }
        editions.apply(edition);
        seeds.seed(edition.code());
    }
}
