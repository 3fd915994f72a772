package org.assises.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;

/**
 * The W3C Trace Context ({@code traceparent}, {@code tracestate}) as the outbox keeps it in a row and
 * as it travels in Kafka record headers, where SmallRye Reactive Messaging's consumers pick it up.
 */
public final class TraceHeaders {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    /** The W3C limit; a longer tracestate from a client is dropped rather than stored. */
    static final int MAX_TRACESTATE = 512;

    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

    private TraceHeaders() {
    }

    /** A trace context as two strings; both null outside any trace. */
    public record Carrier(String traceParent, String traceState) {
    }

    /** The trace context of the current span (the HTTP request's, the consumed event's). */
    public static Carrier current() {
        return of(Context.current());
    }

    /** The trace context of {@code context}, as W3C strings. */
    public static Carrier of(Context context) {
        Map<String, String> values = new HashMap<>();
        W3C.inject(context, values, Map::put);
        String state = values.get(TRACESTATE);
        return new Carrier(values.get(TRACEPARENT), state == null || state.isEmpty() || state.length() > MAX_TRACESTATE ? null : state);
    }

    /** The context a row was written in, to parent the spans that carry its event on; null when it has none. */
    public static Context restore(String traceParent, String traceState) {
        if (traceParent == null) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        values.put(TRACEPARENT, traceParent);
        if (traceState != null) {
            values.put(TRACESTATE, traceState);
        }
        return W3C.extract(Context.root(), values, MapGetter.INSTANCE);
    }

    /** Kafka record headers carrying {@code context}; none when it holds no valid span. */
    public static Headers kafkaHeaders(Context context) {
        Headers headers = new RecordHeaders();
        W3C.inject(context, headers, (carrier, key, value) -> carrier.add(key, value.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }

    private enum MapGetter implements TextMapGetter<Map<String, String>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    }
}
