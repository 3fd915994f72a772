package org.assises.registration;

import static io.restassured.RestAssured.given;
import static org.assises.registration.DelegationPushTest.member;
import static org.assises.registration.DelegationPushTest.push;
import static org.assises.registration.Fixtures.ORGANISER;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.platform.security.Roles;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;
import org.assises.testsupport.DevTokens;
import org.assises.testsupport.WebhookReceiver;
import org.assises.testsupport.WebhookReceiver.Answer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** APCAE's feed through the API: entries from pushes, letters' and logistics' events, the pull feed and signed webhooks. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class FeedTest {

    private static final Duration WAIT = Duration.ofSeconds(45);

    /** An APCAE account of its own, so that each test reads only its own feed. */
    static String apcae() {
        return DevTokens.token("apcae-" + UUID.randomUUID().toString().substring(0, 8), Duration.ofHours(1), Roles.APCAE);
    }

    static JsonPath feed(String token, String after, int limit) {
        var request = given().auth().oauth2(token).queryParam("limit", limit);
        if (after != null) {
            request = request.queryParam("after", after);
        }
        return request.when().get("/api/v1/feed").then().statusCode(200).extract().jsonPath();
    }

    /** Every entry of the caller's feed, page after page. */
    static List<Map<String, Object>> all(String token) {
        List<Map<String, Object>> entries = new ArrayList<>();
        String after = null;
        while (true) {
            JsonPath page = feed(token, after, 50);
            entries.addAll(page.getList("entries"));
            after = page.getString("next");
            if (!page.getBoolean("more")) {
                return entries;
            }
        }
    }

    static JsonPath subscribe(String token, String url, String types) {
        Response created = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"url\":\"%s\"%s}".formatted(url, types == null ? "" : ",\"types\":" + types))
                .when().post("/api/v1/feed/webhooks").then().extract().response();
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return created.jsonPath();
    }

    static List<String> members(String prefix, int count) {
        List<String> members = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            members.add(member(prefix + "-" + i, "Wang", "王丽霞", false));
        }
        return members;
    }

    @Test
    void pushedMembersAreReadInOrderPageByPageAndOnlyByTheirAccount() {
        String edition = Fixtures.edition(5, 2);
        String token = apcae();
        String other = apcae();
        Response report = push(token, edition, "YUNNAN-1", members("YN", 3));
        assertThat(report.statusCode()).as(report.asString()).isEqualTo(200);

        await().atMost(WAIT).until(() -> all(token).size() == 3);
        List<Map<String, Object>> entries = all(token);
        // Members' events travel on the partitions of their ids: the feed keeps each member's order, not the push's.
        assertThat(entries).extracting(e -> ((Map<?, ?>) e.get("member")).get("personId") + " " + e.get("type"))
                .containsExactlyInAnyOrder("YN-1 member.confirmed", "YN-2 member.confirmed", "YN-3 member.waitlisted");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("delegation")).isEqualTo("YUNNAN-1");
            assertThat(e.get("edition")).isEqualTo(edition);
            assertThat(((Map<?, ?>) e.get("member")).get("participantId")).isNotNull();
            assertThat(((Map<?, ?>) e.get("data")).get("status")).isIn("CONFIRMED", "WAITLISTED");
        });
        String raw = given().auth().oauth2(token).when().get("/api/v1/feed").then().statusCode(200).extract().asString();
        assertThat(raw).doesNotContainIgnoringCase("passport").doesNotContain("2026-05-01");

        // Page by page, a stored cursor neither misses nor re-reads an entry.
        JsonPath first = feed(token, null, 2);
        assertThat(first.getList("entries")).hasSize(2);
        assertThat(first.getBoolean("more")).isTrue();
        JsonPath second = feed(token, first.getString("next"), 2);
        assertThat(second.getList("entries.id")).containsExactly(entries.get(2).get("id"));
        assertThat(second.getBoolean("more")).isFalse();
        JsonPath after = feed(token, second.getString("next"), 2);
        assertThat(after.getList("entries")).isEmpty();
        assertThat(after.getString("next")).isEqualTo(second.getString("next"));

        // Another account sees none of them, and cannot use this account's cursor; organisers see them.
        assertThat(all(other)).isEmpty();
        assertProblem(given().auth().oauth2(other).queryParam("after", first.getString("next")).when().get("/api/v1/feed")
                .then().extract().response(), 400, "invalid-cursor");
        assertThat(all(ORGANISER)).extracting(e -> e.get("id")).containsAll(entries.stream().map(e -> e.get("id")).toList());

        // A withdrawal is an entry too.
        push(token, edition, "YUNNAN-1", members("YN", 2)).then().statusCode(200);
        await().atMost(WAIT).until(() -> all(token).size() >= 4);
        assertThat(all(token)).extracting(e -> e.get("type")).contains("member.withdrawn");
    }

    @Test
    void forgedMalformedAndForeignCursorsAreRefused() {
        String token = apcae();
        String cursor = feed(token, null, 1).getString("next");
        assertProblem(given().auth().oauth2(token).queryParam("after", "not-a-cursor!").when().get("/api/v1/feed")
                .then().extract().response(), 400, "invalid-cursor");
        // The position changed, the MAC kept: forged.
        byte[] raw = java.util.Base64.getUrlDecoder().decode(cursor);
        raw[7] ^= 1;
        assertProblem(given().auth().oauth2(token).queryParam("after", java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw))
                .when().get("/api/v1/feed").then().extract().response(), 400, "invalid-cursor");
        assertProblem(given().auth().oauth2(ORGANISER).queryParam("after", cursor).when().get("/api/v1/feed")
                .then().extract().response(), 400, "invalid-cursor");
        assertProblem(given().auth().oauth2(token).queryParam("limit", 0).when().get("/api/v1/feed").then().extract().response(), 400,
                "validation");
        given().when().get("/api/v1/feed").then().statusCode(401);
        given().auth().oauth2(DevTokens.forRole(Roles.JURY)).when().get("/api/v1/feed").then().statusCode(403);
    }

    @Test
    void logisticsAssignmentsBecomeOneEntryPerChangedPartAndADuplicateEventNone() {
        String edition = Fixtures.edition(5, 5);
        String token = apcae();
        Response report = push(token, edition, "GANSU-1", members("GS", 1));
        String participantId = report.jsonPath().getString("members[0].participantId");
        await().atMost(WAIT).until(() -> all(token).size() == 1);

        String hotelEvent = assignments(UUID.randomUUID(), participantId, edition, "\"room-12\"", "[]");
        BrokerEvents broker = BrokerEvents.onTestBroker();
        broker.send(Topics.LOGISTICS_ASSIGNMENTS, participantId, hotelEvent);
        broker.send(Topics.LOGISTICS_ASSIGNMENTS, participantId, hotelEvent);
        await().atMost(WAIT).until(() -> all(token).size() >= 2);
        // The same content again under a new id changes nothing; then a shuttle seat is added.
        broker.send(Topics.LOGISTICS_ASSIGNMENTS, participantId, assignments(UUID.randomUUID(), participantId, edition, "\"room-12\"", "[]"));
        broker.send(Topics.LOGISTICS_ASSIGNMENTS, participantId, assignments(UUID.randomUUID(), participantId, edition, "\"room-12\"",
                "[{\"departureId\":\"%s\",\"purpose\":\"FIELD_VISIT\",\"from\":\"Hôtel\",\"to\":\"Airbus\",\"departsAt\":\"2018-12-12T08:00:00+01:00\",\"vehicle\":\"CAR-1\"}]"
                        .formatted(UUID.randomUUID())));
        await().atMost(WAIT).until(() -> all(token).size() >= 3);
        // An event for someone outside any delegation makes no entry.
        broker.send(Topics.LOGISTICS_ASSIGNMENTS, "x", assignments(UUID.randomUUID(), UUID.randomUUID().toString(), edition, "\"room-1\"", "[]"));

        List<Map<String, Object>> entries = all(token);
        assertThat(entries).extracting(e -> e.get("type")).containsExactly("member.confirmed", "hotel.changed", "shuttles.changed");
        Map<?, ?> hotel = (Map<?, ?>) ((Map<?, ?>) entries.get(1).get("data")).get("hotel");
        assertThat(hotel.get("hotelCode")).isEqualTo("H-CAPITOLE");
        assertThat(hotel.get("nights")).isEqualTo(List.of("2018-12-10", "2018-12-11"));
        assertThat(((Map<?, ?>) entries.get(2).get("data")).get("shuttleSeats")).asList().hasSize(1);
    }

    static String assignments(UUID eventId, String participantId, String edition, String room, String shuttles) {
        return """
                {"specversion":"1.0","id":"%s","source":"logistics-service","type":"%s","subject":"%s",
                 "time":"2018-11-20T10:00:00Z","datacontenttype":"application/json",
                 "data":{"participantId":"%s","edition":"%s","delegationId":"GANSU-1",
                  "hotel":{"hotelCode":"H-CAPITOLE","hotelName":"Hôtel fictif du Capitole","address":"Toulouse","roomType":"DOUBLE",
                   "room":%s,"nights":["2018-12-10","2018-12-11"]},"unplacedReason":null,"pickups":[],"shuttleSeats":%s}}"""
                .formatted(eventId, EventTypes.ASSIGNMENTS_CHANGED, participantId, participantId, edition, room, shuttles);
    }

    @Test
    void webhooksArriveSignedInTheFeedsOrderAndSurviveAReceiverThatFailsThenRecovers() {
        String edition = Fixtures.edition(10, 10);
        String token = apcae();
        try (WebhookReceiver fast = WebhookReceiver.start(); WebhookReceiver flaky = WebhookReceiver.start()) {
            fast.secret(subscribe(token, fast.url(), null).getString("secret"));
            // Two 500s, then it answers.
            flaky.answering(n -> n <= 2 ? new Answer(500, Duration.ZERO) : Answer.ok());
            JsonPath flakySub = subscribe(token, flaky.url(), "[\"member.confirmed\",\"member.waitlisted\"]");
            flaky.secret(flakySub.getString("secret"));

            push(token, edition, "HUNAN-1", members("HN", 5)).then().statusCode(200);
            await().atMost(WAIT).until(() -> fast.accepted().size() == 5 && flaky.accepted().size() == 5);
            List<Map<String, Object>> entries = all(token);
            assertThat(fast.calls()).allSatisfy(d -> assertThat(d.signatureValid()).isTrue());
            assertThat(fast.accepted()).extracting(d -> d.json().path("id").asText())
                    .containsExactlyElementsOf(entries.stream().map(e -> (String) e.get("id")).toList());
            assertThat(flaky.accepted()).extracting(d -> d.json().path("id").asText())
                    .containsExactlyElementsOf(entries.stream().map(e -> (String) e.get("id")).toList());
            // The failed first entry was retried under the same delivery id; every entry has its own.
            assertThat(flaky.calls()).hasSize(7);
            assertThat(flaky.calls().get(0).id()).isEqualTo(flaky.calls().get(2).id());
            assertThat(fast.accepted()).extracting(WebhookReceiver.Delivery::id).doesNotHaveDuplicates();
            // A webhook's cursor reads on in the pull feed.
            assertThat(feed(token, fast.accepted().get(2).json().path("cursor").asText(), 10).getList("entries.id"))
                    .containsExactly(entries.get(3).get("id"), entries.get(4).get("id"));
            given().auth().oauth2(token).when().get("/api/v1/feed/webhooks/" + flakySub.getString("id")).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));

            // After a rotation, deliveries are signed with the new secret only.
            String rotated = given().auth().oauth2(token).when().post("/api/v1/feed/webhooks/" + flakySub.getString("id") + "/secret")
                    .then().statusCode(200).extract().path("secret");
            assertThat(rotated).startsWith("whsec_").isNotEqualTo(flakySub.getString("secret"));
            flaky.secret(rotated);
            push(token, edition, "HUNAN-1", members("HN", 6)).then().statusCode(200);
            await().atMost(WAIT).until(() -> flaky.accepted().size() == 6);
            assertThat(flaky.accepted().get(5).json().path("member").path("personId").asText()).isEqualTo("HN-6");
            assertThat(WebhookReceiver.verify(flakySub.getString("secret"), flaky.accepted().get(5).id(), flaky.accepted().get(5).timestamp(),
                    flaky.accepted().get(5).body(), flaky.accepted().get(5).signature())).isFalse();
        }
    }

    @Test
    void aHangingReceiverDelaysNeitherAFastOneNorRegistrationsAndIsParkedThenReplayed() {
        String edition = Fixtures.edition(10, 10);
        String token = apcae();
        try (WebhookReceiver fast = WebhookReceiver.start(); WebhookReceiver hanging = WebhookReceiver.start()) {
            fast.secret(subscribe(token, fast.url(), null).getString("secret"));
            hanging.answering(n -> new Answer(204, Duration.ofSeconds(5)));
            JsonPath hangingSub = subscribe(token, hanging.url(), null);
            hanging.secret(hangingSub.getString("secret"));
            String id = hangingSub.getString("id");

            push(token, edition, "HUBEI-1", members("HB", 4)).then().statusCode(200);
            await().atMost(WAIT).until(() -> fast.accepted().size() == 4);
            // The fast receiver has everything while the hanging one has not had a single answer in time.
            given().auth().oauth2(token).when().get("/api/v1/feed/webhooks/" + id).then().statusCode(200)
                    .body("lastDeliveredAt", org.hamcrest.Matchers.nullValue());

            // It keeps timing out past the retry period: parked, with its last error, for its owner and organisers.
            await().atMost(WAIT).until(() -> "FAILED".equals(given().auth().oauth2(token).when().get("/api/v1/feed/webhooks/" + id)
                    .then().extract().path("status")));
            given().auth().oauth2(ORGANISER).when().get("/api/v1/feed/webhooks/" + id).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("FAILED"))
                    .body("lastError", org.hamcrest.Matchers.startsWith("no answer within"))
                    .body("secret", org.hamcrest.Matchers.nullValue());
            given().auth().oauth2(apcae()).when().get("/api/v1/feed/webhooks/" + id).then().statusCode(404);

            // Back on its feet, replayed from the start: it gets every entry once, in order.
            hanging.answering(n -> Answer.ok());
            // Lets the receiver finish the calls it was still sleeping on, so that what follows is the replay's.
            await().pollDelay(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(7)).until(() -> true);
            int before = hanging.accepted().size();
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").when().post("/api/v1/feed/webhooks/" + id + "/replay")
                    .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));
            await().atMost(WAIT).until(() -> hanging.accepted().size() - before >= 4);
            List<Map<String, Object>> entries = all(token);
            assertThat(hanging.accepted().subList(before, hanging.accepted().size())).extracting(d -> d.json().path("id").asText())
                    .containsExactlyElementsOf(entries.stream().map(e -> (String) e.get("id")).toList());
        }
    }

    @Test
    void badSubscriptionsAreRefusedAndOthersSubscriptionsHidden() {
        String token = apcae();
        for (String url : List.of("ftp://apcae.example.cn/hooks", "not a url", "/relative/hooks", "http://localhost:8081/api/v1/feed",
                "http://[::1]:9000/hooks", "http://169.254.169.254/latest/meta-data", "https://user:pw@apcae.example.cn/hooks",
                "javascript:alert(1)")) {
            assertProblem(given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"url\":\"%s\"}".formatted(url))
                    .when().post("/api/v1/feed/webhooks").then().extract().response(), 400, "validation");
        }
        assertProblem(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"url\":\"https://apcae.example.cn/hooks\",\"types\":[\"member.exploded\"]}")
                .when().post("/api/v1/feed/webhooks").then().extract().response(), 400, "validation");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"url\":42,\"types\":\"all\"}")
                .when().post("/api/v1/feed/webhooks").then().statusCode(400);

        String id = subscribe(token, "https://apcae.example.cn/hooks", "[\"hotel.changed\"]").getString("id");
        String other = apcae();
        given().auth().oauth2(other).when().get("/api/v1/feed/webhooks/" + id).then().statusCode(404);
        given().auth().oauth2(other).when().post("/api/v1/feed/webhooks/" + id + "/secret").then().statusCode(404);
        given().auth().oauth2(other).when().delete("/api/v1/feed/webhooks/" + id).then().statusCode(404);
        assertThat(given().auth().oauth2(other).when().get("/api/v1/feed/webhooks").then().statusCode(200).extract()
                .jsonPath().getList("id")).doesNotContain(id);
        assertThat(given().auth().oauth2(token).when().get("/api/v1/feed/webhooks").then().statusCode(200).extract()
                .jsonPath().getList("secret")).containsOnlyNulls();
        assertProblem(given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"after\":\"forged\"}")
                .when().post("/api/v1/feed/webhooks/" + id + "/replay").then().extract().response(), 400, "invalid-cursor");
        given().auth().oauth2(token).when().delete("/api/v1/feed/webhooks/" + id).then().statusCode(204);
        given().auth().oauth2(token).when().get("/api/v1/feed/webhooks/" + id).then().statusCode(404);
    }
}
