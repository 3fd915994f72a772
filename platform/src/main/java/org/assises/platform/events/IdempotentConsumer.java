package org.assises.platform.events;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies a CloudEvent at most once per consumer: the event id is recorded in the same transaction as
 * its effect, so a redelivered event (relay retry, consumer restart, rebalance) has no second effect.
 * A message that is not a CloudEvent, or whose payload does not fit its contract (its JSON shape or the
 * Bean Validation constraints of its record), is a {@link PoisonMessageException}: the channel's
 * dead-letter strategy moves it aside and goes on. The application is a span of the trace the event's
 * headers continue (the one of the change that wrote it), so the consumer's log lines carry that trace id.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private final ObjectMapper mapper;
    private final ProcessedEventRepository processed;
    private final Validator validator;
    private final Tracer tracer;

    public IdempotentConsumer(ObjectMapper mapper, ProcessedEventRepository processed, Validator validator, Tracer tracer) {
        // Producers may add fields to their events: consumers read what they know and ignore the rest.
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.processed = processed;
        this.validator = validator;
        this.tracer = tracer;
    }

    /**
     * Parses {@code message} and, in a new transaction, applies the handler registered for its type
     * unless this consumer has applied the same event id before. Types with no handler are recorded
     * and skipped, so producers can add event types without breaking consumers.
     *
     * @return true when the event had an effect, false for a duplicate or an ignored type
     */
    public boolean consume(String consumer, String message, Map<String, Consumer<CloudEvent>> handlers) {
        // A child of the record's consumer span, which SmallRye Reactive Messaging makes current from its trace headers.
        Span span = tracer.spanBuilder(consumer + " apply").setAttribute("assises.consumer", consumer).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return apply(consumer, message, handlers, span);
        } catch (PoisonMessageException e) {
            span.setStatus(StatusCode.ERROR, "dead-lettered");
            Log.warnf("%s sends a message to its dead-letter topic: %s", consumer, e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    private boolean apply(String consumer, String message, Map<String, Consumer<CloudEvent>> handlers, Span span) {
        CloudEvent event = parse(message);
        span.setAttribute("cloudevents.event_id", event.id().toString());
        span.setAttribute("cloudevents.event_type", event.type());
        Consumer<CloudEvent> handler = handlers.get(event.type());
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!processed.markProcessed(consumer, event.id(), event.type())) {
                Log.debugf("%s skips event %s (%s): already applied", consumer, event.id(), event.type());
                return false;
            }
            if (handler == null) {
                return false;
            }
            handler.accept(event);
            return true;
        });
    }

    /** The event's data as the contract record the consumer expects, valid by the record's constraints. */
    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            T data = mapper.treeToValue(event.data(), type);
            if (data == null) {
                throw new PoisonMessageException("event " + event.id() + " (" + event.type() + ") has no data");
            }
            Set<ConstraintViolation<T>> violations = validator.validate(data);
            if (!violations.isEmpty()) {
                // Field names and rules only: a payload may carry personal data, which never goes to a log.
                throw new PoisonMessageException("event " + event.id() + " (" + event.type() + ") does not fit " + type.getSimpleName()
                        + ": " + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                                .collect(Collectors.joining(", ")));
            }
            return data;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonMessageException("event " + event.id() + " (" + event.type() + ") does not fit "
                    + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private CloudEvent parse(String message) {
        CloudEvent event;
        try {
            event = mapper.readValue(message, CloudEvent.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonMessageException("not a CloudEvent JSON message: " + e.getMessage(), e);
        }
        if (event == null || event.id() == null || event.type() == null || event.data() == null
                || !CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new PoisonMessageException("not a CloudEvents 1.0 message: id, type, specversion and data are required");
        }
        return event;
    }
}
