package org.assises.platform.tracing;

import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.logging.Log;

/**
 * Where the services' spans go: over OTLP/HTTP to the collector that {@code OTEL_EXPORTER_OTLP_ENDPOINT}
 * names (Jaeger, an OpenTelemetry Collector), nowhere otherwise. Spans are made in both cases, so that
 * log lines carry trace ids even with no collector. Quarkus' own OTLP exporter is off at build time: it
 * always has an endpoint (localhost:4317 by default) and would try it and log failures without one.
 */
@Singleton
public class TraceExport {

    private static final String TRACES_PATH = "v1/traces";

    @Produces
    @Singleton
    SpanExporter exporter(@ConfigProperty(name = "assises.tracing.otlp-endpoint") Optional<String> endpoint) {
        if (endpoint.isEmpty() || endpoint.get().isBlank()) {
            return SpanExporter.composite();
        }
        String url = tracesUrl(endpoint.get().trim());
        Log.infof("Traces are exported over OTLP/HTTP to %s", url);
        return OtlpHttpSpanExporter.builder().setEndpoint(url).build();
    }

    /** OTEL_EXPORTER_OTLP_ENDPOINT is the collector's base URL: traces go to its v1/traces, as the OpenTelemetry specification says. */
    static String tracesUrl(String base) {
        return base.endsWith("/") ? base + TRACES_PATH : base + "/" + TRACES_PATH;
    }
}
