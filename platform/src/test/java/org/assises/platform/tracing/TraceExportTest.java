package org.assises.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/** Traces leave a service only for a configured collector, over OTLP/HTTP to its v1/traces. */
class TraceExportTest {

    @Test
    void withoutAnEndpointSpansGoNowhere() {
        SpanExporter exporter = new TraceExport().exporter(Optional.empty());
        assertThat(exporter.getClass().getName()).doesNotContain("Otlp");
        assertThat(new TraceExport().exporter(Optional.of("  ")).getClass()).isEqualTo(exporter.getClass());
    }

    @Test
    void withAnEndpointSpansArePostedToTheCollectorsTracesPath() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        collector.createContext("/", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        try {
            SpanExporter exporter = new TraceExport().exporter(Optional.of("http://127.0.0.1:" + collector.getAddress().getPort()));
            try (SdkTracerProvider tracing = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()) {
                Span span = tracing.get("test").spanBuilder("registration").startSpan();
                span.end();
                CompletableResultCode flushed = tracing.forceFlush().join(10, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(flushed.isSuccess()).isTrue();
            }
            assertThat(received).containsExactly("POST /v1/traces application/x-protobuf");
        } finally {
            collector.stop(0);
        }
    }

    @Test
    void theEndpointIsTheCollectorsBaseUrl() {
        assertThat(TraceExport.tracesUrl("http://jaeger:4318")).isEqualTo("http://jaeger:4318/v1/traces");
        assertThat(TraceExport.tracesUrl("http://jaeger:4318/")).isEqualTo("http://jaeger:4318/v1/traces");
    }
}
