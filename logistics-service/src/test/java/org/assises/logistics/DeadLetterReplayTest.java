package org.assises.logistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import org.assises.contracts.Topics;
import org.assises.platform.security.Roles;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;
import org.assises.testsupport.DevTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The platform's dead-letter endpoints on logistics: a message the consumer refused is listed with its
 * reason, original topic and key; re-driven once its cause is fixed, an event is applied once, however
 * often it is re-driven.
 */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class DeadLetterReplayTest {

    private static final String DEAD_LETTERS = "/api/v1/ops/dead-letters";

    private final BrokerEvents broker = BrokerEvents.onTestBroker();

    @Inject
    EntityManager em;

    @Test
    void refusedMessageIsListedWithItsReasonOriginalTopicAndKey() {
        String key = "poison-" + UUID.randomUUID();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, key, "{\"not\":\"a cloud event\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> letters = given().auth().oauth2(DevTokens.forRole(Roles.ORGANISER))
                    .when().get(DEAD_LETTERS).then().statusCode(200).extract().jsonPath().getList("findAll { it.key == '" + key + "' }");
            assertThat(letters).hasSize(1);
            assertThat(letters.get(0)).containsEntry("originalTopic", Topics.REGISTRATION_PARTICIPANTS).containsKey("deadAt");
            assertThat((String) letters.get(0).get("reason")).isNotBlank();
        });
    }

    @Test
    void replayedEventIsAppliedOnceAfterItsCauseIsFixed() {
        UUID participant = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        OffsetDateTime time = OffsetDateTime.now().minusMinutes(5);
        // An event logistics could not apply when it came (a bug since fixed), as the dead-letter strategy stores it.
        broker.send(Topics.deadLetter("logistics-service"), participant.toString(),
                RegistrationEventsConsumerTest.event(eventId, participant, "Zhou", "周", "CONFIRMED", time),
                Map.of("dead-letter-topic", Topics.REGISTRATION_PARTICIPANTS, "dead-letter-reason", "simulated: a bug since fixed"));

        Map<String, Object> letter = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(DevTokens.forRole(Roles.ORGANISER))
                .when().get(DEAD_LETTERS).then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("findAll { it.eventId == '" + eventId + "' }"), l -> l.size() == 1).get(0);
        assertThat(letter).containsEntry("originalTopic", Topics.REGISTRATION_PARTICIPANTS)
                .containsEntry("key", participant.toString()).containsEntry("reason", "simulated: a bug since fixed");

        given().auth().oauth2(DevTokens.forRole(Roles.ORGANISER))
                .when().post(DEAD_LETTERS + "/" + letter.get("partition") + "/" + letter.get("offset") + "/replay")
                .then().statusCode(200).body("replayed", equalTo(1));
        awaitStatus(participant, "CONFIRMED");

        // Later the participant withdraws; then someone re-drives every dead letter again: the old event
        // must not be applied a second time (it would bring back CONFIRMED).
        broker.send(Topics.REGISTRATION_PARTICIPANTS, participant.toString(),
                RegistrationEventsConsumerTest.event(UUID.randomUUID(), participant, "Zhou", "周", "CANCELLED", time.plusMinutes(1)));
        awaitStatus(participant, "CANCELLED");
        int replayed = given().auth().oauth2(DevTokens.forRole(Roles.ORGANISER))
                .when().post(DEAD_LETTERS + "/replay").then().statusCode(200).extract().path("replayed");
        assertThat(replayed).isPositive();
        UUID marker = UUID.randomUUID();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, participant.toString(),
                RegistrationEventsConsumerTest.event(UUID.randomUUID(), marker, "Ma", "马", "CONFIRMED", time.plusMinutes(2)));
        awaitStatus(marker, "CONFIRMED");

        awaitStatus(participant, "CANCELLED");
        long applied = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM processed_event WHERE event_id = ?1").setParameter(1, eventId).getSingleResult()).longValue());
        assertThat(applied).isEqualTo(1);
    }

    @Test
    void onlyOrganisersAndOnlyExistingPositions() {
        given().when().get(DEAD_LETTERS).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.forRole(Roles.LOGISTICS)).when().get(DEAD_LETTERS).then().statusCode(403);
        given().auth().oauth2(DevTokens.forRole(Roles.ORGANISER)).when().post(DEAD_LETTERS + "/0/999999999/replay")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.forRole(Roles.ORGANISER)).when().post(DEAD_LETTERS + "/-1/0/replay")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static void awaitStatus(UUID participant, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(DevTokens.forRole(Roles.ORGANISER))
                .when().get("/api/v1/participants/" + participant).then().statusCode(200).body("status", equalTo(status)));
    }
}
