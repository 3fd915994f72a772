package org.assises.logistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.platform.events.IdempotentConsumer;
import org.assises.platform.security.Roles;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;
import org.assises.testsupport.DevTokens;
import org.assises.testsupport.LogHygiene;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Registration's events, sent on the real broker, reach logistics' read model exactly once. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class RegistrationEventsConsumerTest {

    @Inject
    IdempotentConsumer idempotentConsumer;

    private final BrokerEvents broker = BrokerEvents.onTestBroker();

    @Test
    void confirmedParticipantAppearsInLogistics() {
        UUID participant = UUID.randomUUID();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, participant.toString(),
                event(UUID.randomUUID(), participant, "Wang", "王", "CONFIRMED", OffsetDateTime.now()));

        awaitTraveller(participant);
        given().auth().oauth2(DevTokens.forRole(Roles.LOGISTICS))
                .when().get("/api/v1/participants/" + participant)
                .then().statusCode(200)
                .body("nameZh", org.hamcrest.Matchers.equalTo("王"))
                .body("status", org.hamcrest.Matchers.equalTo("CONFIRMED"))
                .body("vip", org.hamcrest.Matchers.equalTo(true))
                .body("arrivalTransport", org.hamcrest.Matchers.equalTo("CA933"));
    }

    @Test
    void redeliveredEventIsAppliedOnce() {
        UUID participant = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        OffsetDateTime time = OffsetDateTime.now();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, participant.toString(), event(eventId, participant, "Liu", "刘", "CONFIRMED", time));
        awaitTraveller(participant);

        // The same event id again, as a relay retry would send it, here with another name and status so
        // that a second application would show. A marker event about someone else follows on the same
        // key (so the same partition, consumed after the duplicate): once it is in, the duplicate was handled.
        broker.send(Topics.REGISTRATION_PARTICIPANTS, participant.toString(), event(eventId, participant, "Liu", "柳", "CANCELLED", time));
        UUID marker = UUID.randomUUID();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, participant.toString(),
                event(UUID.randomUUID(), marker, "Ma", "马", "CONFIRMED", time.plusSeconds(1)));
        awaitTraveller(marker);

        given().auth().oauth2(DevTokens.forRole(Roles.ORGANISER))
                .when().get("/api/v1/participants/" + participant)
                .then().statusCode(200)
                .body("nameZh", org.hamcrest.Matchers.equalTo("刘"))
                .body("status", org.hamcrest.Matchers.equalTo("CONFIRMED"));
    }

    @Test
    void theConsumerContinuesTheTraceOfTheRecordsHeaders() {
        UUID participant = UUID.randomUUID();
        String trace = UUID.randomUUID().toString().replace("-", "");
        broker.send(Topics.REGISTRATION_PARTICIPANTS, participant.toString(),
                event(UUID.randomUUID(), participant, "Sun", "孙", "CONFIRMED", OffsetDateTime.now()),
                Map.of("traceparent", "00-" + trace + "-00f067aa0ba902b7-01"));
        awaitTraveller(participant);

        // The write's log line, inside the consumer's transaction, carries the producer's trace id.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Files.readAllLines(LogHygiene.LOG, StandardCharsets.UTF_8))
                .anyMatch(line -> line.contains("Participant " + participant + " of") && line.contains("\"traceId\":\"" + trace + "\"")));
    }

    @Test
    void sameEventDeliveredConcurrentlyHasOneEffect() throws Exception {
        String message = event(UUID.randomUUID(), UUID.randomUUID(), "Chen", "陈", "CONFIRMED", OffsetDateTime.now());
        AtomicInteger effects = new AtomicInteger();
        int deliveries = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return idempotentConsumer.consume("concurrency-test", message,
                            Map.of(EventTypes.PARTICIPANT_CONFIRMED, e -> effects.incrementAndGet()));
                }));
            }
            start.countDown();
            int applied = 0;
            for (Future<Boolean> result : results) {
                applied += result.get() ? 1 : 0;
            }
            assertThat(applied).isEqualTo(1);
            assertThat(effects.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void poisonMessageGoesToDeadLetterTopicAndConsumerMovesOn() {
        UUID poisonKey = UUID.randomUUID();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, poisonKey.toString(), "{this is not a cloud event");
        UUID badData = UUID.randomUUID();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, badData.toString(), """
                {"specversion":"1.0","id":"%s","source":"registration-service","type":"%s","subject":"%s",
                 "time":"2018-10-01T10:00:00+02:00","datacontenttype":"application/json","data":{"side":"MARTIAN"}}"""
                .formatted(UUID.randomUUID(), EventTypes.PARTICIPANT_CONFIRMED, badData));
        UUID participant = UUID.randomUUID();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, participant.toString(),
                event(UUID.randomUUID(), participant, "Zhao", "赵", "CONFIRMED", OffsetDateTime.now()));

        awaitTraveller(participant);
        List<BrokerEvents.Message> dead = broker.await("logistics-service.dead-letter",
                m -> m.key() != null && (m.key().equals(poisonKey.toString()) || m.key().equals(badData.toString())), 2,
                Duration.ofSeconds(30));
        assertThat(dead).hasSize(2);
        assertThat(dead).allSatisfy(m -> assertThat(m.headers().get("dead-letter-reason")).isNotBlank());
        given().auth().oauth2(DevTokens.forRole(Roles.ORGANISER))
                .when().get("/api/v1/participants/" + badData).then().statusCode(404);
    }

    private static void awaitTraveller(UUID participant) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(DevTokens.forRole(Roles.ORGANISER))
                .when().get("/api/v1/participants/" + participant).then().statusCode(200));
    }

    static String event(UUID eventId, UUID participant, String familyName, String nameZh, String status, OffsetDateTime time) {
        return """
                {"specversion":"1.0","id":"%s","source":"registration-service","type":"%s","subject":"%s","time":"%s",
                 "datacontenttype":"application/json",
                 "data":{"participantId":"%s","edition":"assises-2018","side":"CHINESE","status":"%s","familyName":"%s",
                         "givenName":"Test","nameZh":"%s","organisation":"Ville fictive de Jinshan","delegationId":"D-TEST",
                         "vip":true,"languages":["zh"],"hotelNeeded":true,
                         "arrival":{"at":"2018-12-10T14:35:00+01:00","transport":"CA933","place":"TLS"}}}"""
                .formatted(eventId, EventTypes.PARTICIPANT_CONFIRMED, participant, time, participant, status, familyName, nameZh);
    }
}
