package org.assises.registration;

import static io.restassured.RestAssured.given;
import static org.assises.registration.Fixtures.email;
import static org.assises.registration.Fixtures.person;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import org.assises.contracts.ParticipantStatus;
import org.assises.registration.repository.ParticipantRepository;
import org.assises.testsupport.AssisesTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A self-registration whose batch cannot be decided in time (here the edition's seat lock is held by another
 * transaction past a 2 s answer timeout) is answered 503 registration-busy; once the lock is released its batch
 * is decided, and a retry with the same Idempotency-Key gets that decision, not a second registration.
 */
@QuarkusTest
@TestProfile(RegistrationBusyTest.ShortTimeout.class)
@QuarkusTestResource(AssisesTestResource.class)
class RegistrationBusyTest {

    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assises.registration.answer-timeout", "PT2S");
        }
    }

    @Inject
    ParticipantRepository participants;

    @Test
    void aRegistrationNotDecidedInTimeIs503AndItsRetryGetsTheDecisionTakenMeanwhile() throws Exception {
        String edition = Fixtures.edition(10, 10);
        String mail = email();
        String body = person(mail);
        String key = UUID.randomUUID().toString();
        try (Connection connection = DriverManager.getConnection(config("quarkus.datasource.jdbc.url"), config("quarkus.datasource.username"),
                config("quarkus.datasource.password"))) {
            connection.setAutoCommit(false);
            // The edition's seat lock, as a cancellation or a quota change holding it for a long time would.
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, "registration-seats:" + edition);
                lock.executeQuery().close();
            }
            Response busy = assertProblem(register(edition, body, key), 503, "registration-busy");
            assertThat(busy.asString()).contains("Idempotency-Key");
            assertThat(participants.count("edition", edition)).isZero();
            connection.rollback();
        }

        Response retry = register(edition, body, key);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.jsonPath().getString("status")).isEqualTo("CONFIRMED");
        String id = retry.jsonPath().getString("id");
        // The retry got the registration decided after the lock was released, not a second one.
        assertThat(participants.count("edition = ?1 and lower(email) = ?2", edition, mail.toLowerCase())).isEqualTo(1);
        assertThat(participants.count("edition = ?1 and status = ?2", edition, ParticipantStatus.CONFIRMED)).isEqualTo(1);
        Response again = register(edition, body, key);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.jsonPath().getString("id")).isEqualTo(id);
    }

    /** A self-registration; a request still unanswered after 20 s fails the test rather than hanging it. */
    private static Response register(String edition, String body, String key) {
        return given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 20_000))).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/editions/" + edition + "/registrations").then().extract().response();
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }
}
