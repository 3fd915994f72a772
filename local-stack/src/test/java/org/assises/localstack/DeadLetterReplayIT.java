package org.assises.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assises.localstack.SharedStack.ORGANISER;
import static org.assises.localstack.SharedStack.awaitInLogistics;
import static org.assises.localstack.SharedStack.get;
import static org.assises.localstack.SharedStack.json;
import static org.assises.localstack.SharedStack.registerChinese;
import static org.assises.localstack.SharedStack.send;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import org.assises.contracts.Topics;

/**
 * A dead letter on the packaged services, from its cause to its replay: logistics' database refuses one
 * participant's write (a check constraint stands in for a faulty migration), so its event goes to
 * {@code logistics-service.dead-letter} while the others keep flowing; once the cause is removed, ops
 * re-drive the message and it is applied once, however often it is re-driven.
 */
@ExtendWith(SharedStack.class)
class DeadLetterReplayIT {

    private static final String DEAD_LETTERS = "/api/v1/ops/dead-letters";

    @Test
    void aDeadLetteredEventIsReplayedOnceItsCauseIsFixedAndAppliedOnce() throws Exception {
        String refused = "Fautif" + UUID.randomUUID().toString().substring(0, 8);
        String constraint = "it_refuses_" + refused.toLowerCase(java.util.Locale.ROOT);
        try (Connection logistics = SharedStack.database(ServiceProcess.Service.LOGISTICS); Statement sql = logistics.createStatement()) {
            sql.execute("ALTER TABLE participant ADD CONSTRAINT " + constraint + " CHECK (family_name <> '" + refused + "')");
        }
        String id = registerChinese(refused, "错", "Ville fictive de Huaiyu");

        // The refused event is listed with its reason, original topic and key; the consumer goes on.
        AtomicReference<JsonNode> letter = new AtomicReference<>();
        SharedStack.await("the refused event on logistics' dead-letter topic", Duration.ofSeconds(60), () -> {
            letter.set(letterFor(id));
            return letter.get() != null;
        });
        assertThat(letter.get().path("originalTopic").asText()).isEqualTo(Topics.REGISTRATION_PARTICIPANTS);
        assertThat(letter.get().path("reason").asText()).isNotBlank();
        String next = registerChinese("Suivant", "后", "Ville fictive de Huaiyu");
        awaitInLogistics(next, Duration.ofSeconds(30));
        assertThat(get(ServiceProcess.Service.LOGISTICS, "/api/v1/participants/" + id, SharedStack.LOGISTICS).statusCode()).isEqualTo(404);

        // The cause is fixed; the message is re-driven to its original consumer and applied.
        try (Connection logistics = SharedStack.database(ServiceProcess.Service.LOGISTICS); Statement sql = logistics.createStatement()) {
            sql.execute("ALTER TABLE participant DROP CONSTRAINT " + constraint);
        }
        HttpResponse<String> replayed = send(ServiceProcess.Service.LOGISTICS, "POST", DEAD_LETTERS + "/"
                + letter.get().path("partition").asInt() + "/" + letter.get().path("offset").asLong() + "/replay", ORGANISER, null);
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        assertThat(json(replayed).path("replayed").asInt()).isEqualTo(1);
        assertThat(awaitInLogistics(id, Duration.ofSeconds(30)).path("familyName").asText()).isEqualTo(refused);

        // The participant is cancelled later; re-driving every dead letter again changes nothing: the old
        // event is not applied a second time (it would bring the participant back as CONFIRMED).
        HttpResponse<String> cancelled = send(ServiceProcess.Service.REGISTRATION, "POST", "/api/v1/participants/" + id + "/cancel",
                ORGANISER, null);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        SharedStack.await("the cancellation in logistics", Duration.ofSeconds(30), () -> "CANCELLED".equals(
                json(get(ServiceProcess.Service.LOGISTICS, "/api/v1/participants/" + id, SharedStack.LOGISTICS)).path("status").asText()));
        HttpResponse<String> again = send(ServiceProcess.Service.LOGISTICS, "POST", DEAD_LETTERS + "/replay", ORGANISER, null);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).path("replayed").asInt()).isPositive();
        SharedStack.awaitConsumed("logistics-service", Topics.REGISTRATION_PARTICIPANTS, Duration.ofSeconds(60));
        assertThat(json(get(ServiceProcess.Service.LOGISTICS, "/api/v1/participants/" + id, SharedStack.LOGISTICS)).path("status").asText())
                .isEqualTo("CANCELLED");
        try (Connection logistics = SharedStack.database(ServiceProcess.Service.LOGISTICS);
                PreparedStatement applied = logistics.prepareStatement("SELECT count(*) FROM processed_event WHERE event_id = ?")) {
            applied.setObject(1, UUID.fromString(letter.get().path("eventId").asText()));
            try (ResultSet rows = applied.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).as("the re-driven event applied once").isEqualTo(1);
            }
        }
    }

    /** The dead letter whose key is this participant, or null. */
    private static JsonNode letterFor(String participant) throws Exception {
        HttpResponse<String> list = get(ServiceProcess.Service.LOGISTICS, DEAD_LETTERS, ORGANISER);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        for (JsonNode letter : json(list)) {
            if (participant.equals(letter.path("key").asText())) {
                return letter;
            }
        }
        return null;
    }
}
