package org.assises.programme.events;

import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assises.contracts.AwardResults;
import org.assises.contracts.EventTypes;
import org.assises.platform.events.CloudEvent;
import org.assises.platform.events.IdempotentConsumer;
import org.assises.platform.events.PoisonMessageException;
import org.assises.programme.repository.AwardResultsRepository;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** Keeps the laureates awards-service announces at the ceremony, so the published programme shows them. */
@ApplicationScoped
public class AwardResultsConsumer {

    static final String CONSUMER = "programme-award-results";

    private final IdempotentConsumer consumer;
    private final AwardResultsRepository results;
    private final ObjectMapper mapper;
    private final Map<String, Consumer<CloudEvent>> handlers;

    public AwardResultsConsumer(IdempotentConsumer consumer, AwardResultsRepository results, ObjectMapper mapper) {
        this.consumer = consumer;
        this.results = results;
        this.mapper = mapper;
        this.handlers = Map.of(EventTypes.AWARDS_RESULTS_PUBLISHED, this::apply);
    }

    @Incoming("awards-results")
    @Blocking
    public void onMessage(String message) {
        consumer.consume(CONSUMER, message, handlers);
    }

    private void apply(CloudEvent event) {
        AwardResults data = consumer.data(event, AwardResults.class);
        if (data.edition() == null || data.edition().isBlank() || data.ceremonyAt() == null) {
            throw new PoisonMessageException("event " + event.id() + " has award results without edition or ceremony time");
        }
        boolean written = results.save(data.edition(), data.ceremonyAt(), data.publishedAt(), write(data));
        if (written) {
            Log.infof("Award results of %s kept: %d prizes", data.edition(), data.prizes() == null ? 0 : data.prizes().size());
        }
    }

    private String write(AwardResults data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("award results cannot be written as JSON", e);
        }
    }
}
