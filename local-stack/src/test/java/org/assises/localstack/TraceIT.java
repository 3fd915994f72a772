package org.assises.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assises.localstack.SharedStack.EDITION;
import static org.assises.localstack.SharedStack.JSON;
import static org.assises.localstack.SharedStack.ORGANISER;
import static org.assises.localstack.SharedStack.awaitInLogistics;
import static org.assises.localstack.SharedStack.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.testsupport.BrokerEvents;

/**
 * One request followed everywhere: a registration sent with a client's W3C {@code traceparent} is
 * admitted by registration-service, travels through its outbox and the broker, and is written by
 * logistics-service, all in that one trace: the record carries it in its headers, and both services' log
 * lines of the change carry its trace id.
 */
@ExtendWith(SharedStack.class)
class TraceIT {

    @Test
    void oneTraceFromARegistrationToLogisticsWrite() throws Exception {
        String trace = UUID.randomUUID().toString().replace("-", "");
        String body = JSON.writeValueAsString(Map.of("edition", EDITION, "side", "CHINESE", "familyName", "Zhou", "givenName", "Test",
                "nameZh", "周", "organisation", "Ville fictive de Baishui"));
        HttpResponse<String> created = SharedStack.send(SharedStack.request(ServiceProcess.Service.REGISTRATION, "POST",
                "/api/v1/participants", ORGANISER, body).header("traceparent", "00-" + trace + "-b7ad6b7169203331-01"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).path("id").asText();
        awaitInLogistics(id, Duration.ofSeconds(30));

        List<BrokerEvents.Message> records = new BrokerEvents(SharedStack.stack().kafka().bootstrapServers())
                .await(Topics.REGISTRATION_PARTICIPANTS, BrokerEvents.event(EventTypes.PARTICIPANT_REGISTERED, id), 1, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).headers().get("traceparent")).matches("00-" + trace + "-[0-9a-f]{16}-01");

        String inTrace = "[" + trace + ",";
        awaitLogLine(ServiceProcess.Service.REGISTRATION, "Participant " + id + " admitted", inTrace);
        awaitLogLine(ServiceProcess.Service.LOGISTICS, "Participant " + id + " of " + EDITION + " applied", inTrace);
    }

    /** Waits until the service's log (plain text, "[traceId,spanId]" on each line) has a line with both texts. */
    private static void awaitLogLine(ServiceProcess.Service service, String message, String trace) throws Exception {
        SharedStack.await(service.module + " logs \"" + message + "\" in trace " + trace, Duration.ofSeconds(10),
                () -> Files.readAllLines(SharedStack.service(service).log(), StandardCharsets.UTF_8).stream()
                        .anyMatch(line -> line.contains(message) && line.contains(trace)));
    }
}
