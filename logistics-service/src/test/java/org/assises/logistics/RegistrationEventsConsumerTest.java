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
    void snapshotOfAParticipantLogisticsNeverHeardOfCreatesThem() {
        UUID participant = UUID.randomUUID();
        io.restassured.path.json.JsonPath before = counts();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, participant.toString(),
                event(EventTypes.PARTICIPANT_SNAPSHOT, UUID.randomUUID(), participant, "Guo", "郭", "WAITLISTED", OffsetDateTime.now()));

        awaitTraveller(participant);
        io.restassured.path.json.JsonPath after = counts();
        for (String count : List.of("total", "byStatus.WAITLISTED", "bySide.CHINESE")) {
            assertThat(count(after, count)).as(count).isEqualTo(count(before, count) + 1);
        }
        given().auth().oauth2(DevTokens.forRole(Roles.LOGISTICS))
                .when().get("/api/v1/participants/" + participant)
                .then().statusCode(200)
                .body("nameZh", org.hamcrest.Matchers.equalTo("郭"))
                .body("status", org.hamcrest.Matchers.equalTo("WAITLISTED"))
                .body("arrivalTransport", org.hamcrest.Matchers.equalTo("CA933"));
    }

    @Test
    void snapshotMendsARowOnceAndNeverOverwritesANewerChange() {
        UUID participant = UUID.randomUUID();
        String key = participant.toString();
        OffsetDateTime t = OffsetDateTime.now();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, key, event(UUID.randomUUID(), participant, "Sun", "孙", "CONFIRMED", t));
        awaitTraveller(participant);

        // The read model lost a change (its name here): a later snapshot carries the state registration has now.
        UUID snapshot = UUID.randomUUID();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, key,
                event(EventTypes.PARTICIPANT_SNAPSHOT, snapshot, participant, "Sun", "孫", "CONFIRMED", t.plusSeconds(1)));
        awaitName(participant, "孫");

        // On the same key (consumed in order): the same snapshot again with another state (a second application
        // would show), a change, a snapshot taken before that change, then a marker about someone else.
        broker.send(Topics.REGISTRATION_PARTICIPANTS, key,
                event(EventTypes.PARTICIPANT_SNAPSHOT, snapshot, participant, "Sun", "损", "CANCELLED", t.plusSeconds(1)));
        broker.send(Topics.REGISTRATION_PARTICIPANTS, key, event(UUID.randomUUID(), participant, "Sun", "宋", "CONFIRMED", t.plusSeconds(3)));
        broker.send(Topics.REGISTRATION_PARTICIPANTS, key,
                event(EventTypes.PARTICIPANT_SNAPSHOT, UUID.randomUUID(), participant, "Sun", "孫", "CANCELLED", t.plusSeconds(2)));
        UUID marker = UUID.randomUUID();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, key, event(UUID.randomUUID(), marker, "Hu", "胡", "CONFIRMED", t.plusSeconds(4)));
        awaitTraveller(marker);

        given().auth().oauth2(DevTokens.forRole(Roles.ORGANISER))
                .when().get("/api/v1/participants/" + participant)
                .then().statusCode(200)
                .body("nameZh", org.hamcrest.Matchers.equalTo("宋"))
                .body("status", org.hamcrest.Matchers.equalTo("CONFIRMED"));
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

    private static io.restassured.path.json.JsonPath counts() {
        return given().auth().oauth2(DevTokens.forRole(Roles.LOGISTICS)).queryParam("edition", "assises-2018")
                .when().get("/api/v1/participants/counts").then().statusCode(200).extract().jsonPath();
    }

    private static long count(io.restassured.path.json.JsonPath counts, String path) {
        Number value = counts.get(path);
        return value == null ? 0 : value.longValue();
    }

    private static void awaitName(UUID participant, String nameZh) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(DevTokens.forRole(Roles.ORGANISER))
                .when().get("/api/v1/participants/" + participant).then().statusCode(200)
                .body("nameZh", org.hamcrest.Matchers.equalTo(nameZh)));
    }

    static String event(UUID eventId, UUID participant, String familyName, String nameZh, String status, OffsetDateTime time) {
        return event(EventTypes.PARTICIPANT_CONFIRMED, eventId, participant, familyName, nameZh, status, time);
    }

    static String event(String type, UUID eventId, UUID participant, String familyName, String nameZh, String status,
            OffsetDateTime time) {
        return """
                {"specversion":"1.0","id":"%s","source":"registration-service","type":"%s","subject":"%s","time":"%s",
                 "datacontenttype":"application/json",
                 "data":{"participantId":"%s","edition":"assises-2018","side":"CHINESE","status":"%s","familyName":"%s",
                         "givenName":"Test","nameZh":"%s","organisation":"Ville fictive de Jinshan","delegationId":"D-TEST",
                         "vip":true,"languages":["zh"],"hotelNeeded":true,
                         "arrival":{"at":"2018-12-10T14:35:00+01:00","transport":"CA933","place":"TLS"}}}"""
                .formatted(eventId, type, participant, time, participant, status, familyName, nameZh);
    }
}
