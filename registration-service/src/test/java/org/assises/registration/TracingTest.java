package org.assises.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.assises.contracts.EventTypes;
import org.assises.platform.events.OutboxEvent;
import org.assises.platform.events.OutboxRepository;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;
import org.assises.testsupport.LogHygiene;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * One trace from a request to the Kafka record: the client's {@code traceparent} is continued by the
 * HTTP span, kept in the outbox row written by the request's transaction, and sent by the relay as the
 * record's W3C headers (its own publish span in between); the request's log lines carry the trace id.
 */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class TracingTest {

    @Inject
    OutboxRepository outbox;

    @Test
    void aClientsTraceGoesFromTheRequestThroughTheOutboxRowToTheKafkaHeaders() throws Exception {
        String edition = Fixtures.edition(5, 5);
        String clientTrace = traceId();
        String clientSpan = spanId();
        String followed = register(edition, "00-" + clientTrace + "-" + clientSpan + "-01");
        // Another registration at the same time without a client trace: a trace of its own, not mixed with the first
        // even when the relay sends both in one batch.
        String other = register(edition, null);

        List<OutboxEvent> rows = rowsOf(followed);
        assertThat(rows).extracting(row -> row.type).contains(EventTypes.PARTICIPANT_REGISTERED, EventTypes.PARTICIPANT_CONFIRMED);
        for (OutboxEvent row : rows) {
            // The request's server span: the client's trace, a span of its own whose parent is the client's.
            assertThat(row.traceParent).matches("00-" + clientTrace + "-[0-9a-f]{16}-01").doesNotContain(clientSpan);
        }
        String rowSpan = rows.get(0).traceParent.split("-")[2];

        BrokerEvents.Message record = Fixtures.events(EventTypes.PARTICIPANT_REGISTERED, followed, 1).get(0);
        String header = record.headers().get("traceparent");
        // The relay's publish span: same trace, a child of the row's context.
        assertThat(header).matches("00-" + clientTrace + "-[0-9a-f]{16}-01");
        assertThat(header.split("-")[2]).isNotEqualTo(rowSpan);

        String otherTrace = rowsOf(other).get(0).traceParent.split("-")[1];
        assertThat(otherTrace).isNotEqualTo(clientTrace).isNotEqualTo("0".repeat(32));
        assertThat(Fixtures.events(EventTypes.PARTICIPANT_REGISTERED, other, 1).get(0).headers().get("traceparent"))
                .startsWith("00-" + otherTrace + "-");

        // The admission's log line (decided on the admitter's thread, with others) carries the request's trace and span ids.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(logLines())
                .anyMatch(line -> line.contains("Participant " + followed + " admitted") && line.contains("\"traceId\":\"" + clientTrace + "\"")
                        && line.contains("\"spanId\":\"" + rowSpan + "\"")));
    }

    private static String register(String edition, String traceparent) {
        var request = given().contentType(ContentType.JSON).body(Fixtures.person(Fixtures.email()));
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        var response = request.when().post("/api/v1/editions/" + edition + "/registrations").then().extract().response();
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.path("id");
    }

    private List<OutboxEvent> rowsOf(String participant) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.list("messageKey = ?1 order by seq", participant));
    }

    private static List<String> logLines() throws java.io.IOException {
        return Files.readAllLines(LogHygiene.LOG, StandardCharsets.UTF_8);
    }

    private static String traceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static String spanId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong() | 1L);
    }
}
