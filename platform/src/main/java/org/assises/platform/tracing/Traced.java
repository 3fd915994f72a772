package org.assises.platform.tracing;

import java.util.function.Supplier;

import org.jboss.logging.MDC;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * Runs a piece of work in the trace of the request it belongs to when a thread of our own does it (a
 * batch of registrations decided together): that request's context is current, so the outbox rows it
 * writes carry it, and its log lines carry its trace and span ids. Quarkus fills the log context only on
 * its own (Vert.x) threads.
 */
public final class Traced {

    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";

    private Traced() {
    }

    /** Calls {@code work} with {@code context} current and its ids in the log context, then restores both. */
    public static <T> T call(Context context, Supplier<T> work) {
        SpanContext span = Span.fromContext(context).getSpanContext();
        Object traceBefore = MDC.get(TRACE_ID);
        Object spanBefore = MDC.get(SPAN_ID);
        try (Scope ignored = context.makeCurrent()) {
            if (span.isValid()) {
                MDC.put(TRACE_ID, span.getTraceId());
                MDC.put(SPAN_ID, span.getSpanId());
            }
            return work.get();
        } finally {
            restore(TRACE_ID, traceBefore);
            restore(SPAN_ID, spanBefore);
        }
    }

    private static void restore(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
