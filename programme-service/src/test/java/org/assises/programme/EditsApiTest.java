package org.assises.programme;

import static io.restassured.RestAssured.given;
import static org.assises.programme.Fixtures.ORGANISER;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Edits that do what an organiser means: merge patches that keep what they do not name, co-chairs with their
 * side, the running order, restoring, deleting what was never published, publishing only what changed, and one
 * capacity rule between rooms and sessions.
 */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class EditsApiTest {

    private final BrokerEvents broker = BrokerEvents.onTestBroker();

    private static Map<String, Object> chair(String fr, String zh, String side) {
        return Map.of("name", Fixtures.text(fr, zh), "side", side);
    }

    private static final Map<String, Object> FRENCH_CHAIR = chair("Département fictif du Val-d'Orbe", "瓦尔多尔布省", "FRENCH");
    private static final Map<String, Object> CHINESE_CHAIR = chair("Préfecture fictive de Qingshan", "青山市", "CHINESE");

    @Test
    void movingASessionKeepsItsRoomCapacityMandatoryFlagAndCoChairs() {
        String edition = Fixtures.edition("edits");
        String room = Fixtures.room(edition, Fixtures.venue(edition), 300);
        Map<String, Object> body = Fixtures.session("workshop-tourism", "PLENARY_WORKSHOP", room,
                "2018-12-12T10:30:00+01:00", "2018-12-12T12:30:00+01:00");
        body.put("capacity", 250);
        body.put("mandatory", true);
        body.put("coChairs", List.of(FRENCH_CHAIR, CHINESE_CHAIR));
        String id = Fixtures.createSession(edition, body);

        Response moved = Fixtures.patch(edition, "/sessions/" + id,
                Map.of("start", "2018-12-12T11:00:00+01:00", "end", "2018-12-12T13:00:00+01:00"));
        assertThat(moved.statusCode()).as(moved.asString()).isEqualTo(200);
        assertThat(moved.jsonPath().getString("start")).isEqualTo("2018-12-12T11:00:00+01:00");
        assertThat(moved.jsonPath().getString("room.id")).isEqualTo(room);
        assertThat(moved.jsonPath().getInt("requestedCapacity")).isEqualTo(250);
        assertThat(moved.jsonPath().getBoolean("mandatory")).isTrue();
        assertThat(moved.jsonPath().getList("coChairs.side")).containsExactly("FRENCH", "CHINESE");
        assertThat(moved.jsonPath().getString("status")).isEqualTo("CONFIRMED");
        JsonNode change = onlyEvent(EventTypes.SESSION_CHANGED, id);
        assertThat(change.path("data").path("capacity").asInt()).isEqualTo(250);

        // null removes an optional field, and only that one.
        Response unplaced = Fixtures.patch(edition, "/sessions/" + id, "{\"capacity\": null}");
        assertThat(unplaced.statusCode()).as(unplaced.asString()).isEqualTo(200);
        assertThat(unplaced.jsonPath().getInt("capacity")).isEqualTo(300);
        assertThat(unplaced.jsonPath().getString("room.id")).isEqualTo(room);

        // The patched result is validated like a full body; nothing is written when it is refused.
        Response backwards = assertProblem(Fixtures.patch(edition, "/sessions/" + id, Map.of("end", "2018-12-12T09:00:00+01:00")),
                400, "validation");
        assertThat(backwards.jsonPath().getList("violations.field")).containsExactly("end");
        assertProblem(Fixtures.patch(edition, "/sessions/" + id, "{\"title\": null}"), 400, "validation");
        Response wrongType = assertProblem(Fixtures.patch(edition, "/sessions/" + id, "{\"capacity\": \"many\"}"), 400, "validation");
        assertThat(wrongType.jsonPath().getList("violations.field")).containsExactly("capacity");
        assertProblem(Fixtures.patch(edition, "/sessions/" + id, "{\"kind\": \"BANQUET\"}"), 400, "validation");
        assertProblem(Fixtures.patch(edition, "/sessions/" + id, "[1, 2]"), 400, "malformed-json");
        assertProblem(Fixtures.patch(edition, "/sessions/" + id, "{\"start\": "), 400, "malformed-json");
        assertProblem(Fixtures.patch(edition, "/sessions/" + id, Map.of("code", "workshop-renamed")), 409, "code-is-stable");
        assertProblem(Fixtures.patch(edition, "/sessions/" + java.util.UUID.randomUUID(), Map.of("mandatory", false)), 404, "not-found");
        Response unchanged = Fixtures.session(edition, id);
        assertThat(unchanged.jsonPath().getString("end")).isEqualTo("2018-12-12T13:00:00+01:00");
        assertThat(unchanged.jsonPath().getBoolean("mandatory")).isTrue();

        // A patch needs its media type; a plain JSON body is a PUT's.
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body(Map.of("mandatory", false))
                .when().patch("/api/v1/editions/" + edition + "/sessions/" + id).then().statusCode(415);

        // PUT is a true replacement: what it leaves out takes its default.
        Map<String, Object> replacement = Fixtures.session("workshop-tourism", "PLENARY_WORKSHOP", null,
                "2018-12-12T11:00:00+01:00", "2018-12-12T13:00:00+01:00");
        Response replaced = Fixtures.putSession(edition, id, replacement);
        assertThat(replaced.statusCode()).as(replaced.asString()).isEqualTo(200);
        assertThat(replaced.jsonPath().getString("room")).isNull();
        assertThat(replaced.jsonPath().getBoolean("mandatory")).isFalse();
        assertThat(replaced.jsonPath().getList("coChairs")).isEmpty();
    }

    @Test
    void anOpenItemIsMarkedDoneWithItsStatusOnly() {
        String edition = Fixtures.edition("edits");
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("subject", "Lanternes de Zigong");
        item.put("description", "Spécifications d'accrochage");
        item.put("owner", "Service protocole");
        item.put("dueDate", LocalDate.now().plusDays(5).toString());
        String id = given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body(item)
                .when().post("/api/v1/editions/" + edition + "/open-items").then().statusCode(201).extract().path("id");

        Response done = Fixtures.patch(edition, "/open-items/" + id, Map.of("status", "DONE"));
        assertThat(done.statusCode()).as(done.asString()).isEqualTo(200);
        assertThat(done.jsonPath().getString("status")).isEqualTo("DONE");
        assertThat(done.jsonPath().getString("owner")).isEqualTo("Service protocole");
        assertThat(done.jsonPath().getString("description")).isEqualTo("Spécifications d'accrochage");
        assertThat(done.jsonPath().getString("dueDate")).isEqualTo(item.get("dueDate"));

        Response blank = assertProblem(Fixtures.patch(edition, "/open-items/" + id, Map.of("owner", " ")), 400, "validation");
        assertThat(blank.jsonPath().getList("violations.field")).containsExactly("owner");
        assertProblem(Fixtures.patch(edition, "/open-items/" + id, "{\"subject\": null}"), 400, "validation");
    }

    @Test
    void coChairsArePairsOfAFrenchAndAChineseLocalGovernment() {
        String edition = Fixtures.edition("edits");
        Map<String, Object> body = Fixtures.session("workshop-city", "PARALLEL_WORKSHOP", null,
                "2018-12-12T14:00:00+01:00", "2018-12-12T16:30:00+01:00");
        body.put("coChairs", List.of(FRENCH_CHAIR, chair("Communauté fictive de Lauragais-Est", "劳拉盖东社区", "FRENCH")));
        Response twoFrench = assertProblem(Fixtures.postSession(edition, body), 400, "validation");
        assertThat(twoFrench.jsonPath().getList("violations.field")).containsExactly("coChairs");
        body.put("coChairs", List.of(FRENCH_CHAIR, chair("Département fictif du Val-d'Orbe", "瓦尔多尔布省", "CHINESE")));
        assertProblem(Fixtures.postSession(edition, body), 400, "validation");
        body.put("coChairs", List.of(FRENCH_CHAIR, CHINESE_CHAIR, FRENCH_CHAIR));
        assertProblem(Fixtures.postSession(edition, body), 400, "validation");
        body.put("coChairs", List.of(Map.of("name", Fixtures.text("Sans côté", "无方")), CHINESE_CHAIR));
        assertProblem(Fixtures.postSession(edition, body), 400, "validation");

        // One side found, the other still sought: recorded, with a warning until the pair is complete.
        body.put("coChairs", List.of(CHINESE_CHAIR));
        String id = Fixtures.createSession(edition, body);
        assertThat(Fixtures.warnings(edition)).anySatisfy(w -> {
            assertThat(w).containsEntry("kind", "CO_CHAIRS_INCOMPLETE");
            assertThat(w.get("detail").toString()).contains("FRENCH");
        });
        Response paired = Fixtures.patch(edition, "/sessions/" + id, Map.of("coChairs", List.of(CHINESE_CHAIR, FRENCH_CHAIR)));
        assertThat(paired.statusCode()).as(paired.asString()).isEqualTo(200);
        assertThat(paired.jsonPath().getString("coChairs.find { it.side == 'FRENCH' }.name.zh")).isEqualTo("瓦尔多尔布省");
        assertThat(Fixtures.warnings(edition)).noneSatisfy(w -> assertThat(w).containsEntry("kind", "CO_CHAIRS_INCOMPLETE"));
    }

    @Test
    void talksAreReorderedInOneRequestAndAWithdrawnTalkLeavesItsPlace() {
        String edition = Fixtures.edition("edits");
        String session = Fixtures.createSession(edition, Fixtures.session("workshop-agriculture", "PARALLEL_WORKSHOP", null,
                "2018-12-12T14:00:00+01:00", "2018-12-12T16:30:00+01:00"));
        String first = talk(edition, session, Fixtures.speaker(edition, "Zhang Wenjing", "张文静"), 1);
        String second = talk(edition, session, Fixtures.speaker(edition, "Margaux Cévennes", null), 2);
        String third = talk(edition, session, Fixtures.speaker(edition, "Liu Haoran", "刘浩然"), 3);

        Response withdrawn = Fixtures.patch(edition, "/sessions/" + session + "/interventions/" + second, Map.of("status", "WITHDRAWN"));
        assertThat(withdrawn.statusCode()).as(withdrawn.asString()).isEqualTo(200);
        assertThat(withdrawn.jsonPath().getString("position")).isNull();
        String replacement = talk(edition, session, Fixtures.speaker(edition, "Chen Yuxi", "陈雨溪"), 2);

        // Swap first and third without a free position in between; the withdrawn talk is not in the order.
        Response reordered = reorder(edition, session, List.of(third, replacement, first));
        assertThat(reordered.statusCode()).as(reordered.asString()).isEqualTo(200);
        assertThat(reordered.jsonPath().getList("id")).containsExactly(third, replacement, first, second);
        assertThat(reordered.jsonPath().getList("position")).containsExactly(1, 2, 3, null);

        Response missing = assertProblem(reorder(edition, session, List.of(third, first)), 400, "validation");
        assertThat(missing.jsonPath().getString("violations[0].message")).contains(replacement);
        assertProblem(reorder(edition, session, List.of(third, replacement, first, second)), 400, "validation");
        assertProblem(reorder(edition, session, List.of(third, third, replacement, first)), 400, "validation");
        assertThat(Fixtures.session(edition, session).jsonPath().getList("interventions.id")).containsExactly(third, replacement, first, second);
    }

    @Test
    void aCancelledSessionIsRestoredAndItsCodeLeadsBackToIt() {
        String edition = Fixtures.edition("edits");
        Map<String, Object> body = Fixtures.session("visit-airbus", "FIELD_VISIT", null, "2018-12-13T11:00:00+01:00",
                "2018-12-13T16:00:00+01:00");
        String id = Fixtures.createSession(edition, body);
        assertThat(Fixtures.patch(edition, "/sessions/" + id, Map.of("status", "CANCELLED")).statusCode()).isEqualTo(200);
        onlyEvent(EventTypes.SESSION_CANCELLED, id);

        Response again = assertProblem(Fixtures.postSession(edition, body), 409, "code-of-cancelled-session");
        assertThat(again.jsonPath().getString("sessionId")).isEqualTo(id);
        assertProblem(Fixtures.patch(edition, "/sessions/" + id, Map.of("status", "CONFIRMED")), 409, "invalid-transition");

        Response restored = Fixtures.patch(edition, "/sessions/" + id, Map.of("status", "TENTATIVE"));
        assertThat(restored.statusCode()).as(restored.asString()).isEqualTo(200);
        assertThat(restored.jsonPath().getString("status")).isEqualTo("TENTATIVE");
        assertThat(onlyEvent(EventTypes.SESSION_RESTORED, id).path("data").path("status").asText()).isEqualTo("TENTATIVE");
    }

    @Test
    void publishingAnUnchangedProgrammeNamesTheVersionItWouldRepeat() throws Exception {
        String edition = Fixtures.edition("edits");
        String id = Fixtures.createSession(edition, Fixtures.session("opening", "OPENING", null, "2018-12-12T09:00:00+01:00",
                "2018-12-12T10:00:00+01:00"));
        assertThat(Fixtures.publish(edition, null).statusCode()).isEqualTo(201);
        Response twice = assertProblem(Fixtures.publish(edition, null), 409, "unchanged-since-last-version");
        assertThat(twice.jsonPath().getInt("version")).isEqualTo(1);

        // A double click after a change: two publishers at once make one version, the other hears which.
        Fixtures.patch(edition, "/sessions/" + id, Map.of("end", "2018-12-12T10:15:00+01:00")).then().statusCode(200);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            Callable<Response> click = () -> {
                start.await();
                return Fixtures.publish(edition, null);
            };
            answers.add(pool.submit(click));
            answers.add(pool.submit(click));
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(given().when().get("/api/v1/editions/" + edition + "/versions").then().statusCode(200).extract().jsonPath()
                .getList("version")).containsExactly(1, 2);
    }

    @Test
    void whatWasNeverPublishedCanBeDeletedAndAPublishedSessionIsCancelledInstead() {
        String edition = Fixtures.edition("edits");
        String venue = Fixtures.venue(edition);
        String room = Fixtures.room(edition, venue, 120);
        String published = Fixtures.createSession(edition, Fixtures.session("opening", "OPENING", room, "2018-12-12T09:00:00+01:00",
                "2018-12-12T10:00:00+01:00"));
        String speaker = Fixtures.speaker(edition, "Wang Lihua", "王丽华");
        talk(edition, published, speaker, 1);
        assertThat(Fixtures.publish(edition, null).statusCode()).isEqualTo(201);

        Response refused = assertProblem(Fixtures.delete(edition, "/sessions/" + published), 409, "published-session");
        assertThat(refused.jsonPath().getInt("version")).isEqualTo(1);
        assertProblem(Fixtures.delete(edition, "/speakers/" + speaker), 409, "speaker-has-talks");
        assertProblem(Fixtures.delete(edition, "/venues/" + venue + "/rooms/" + room), 409, "room-in-use");

        String mistake = Fixtures.createSession(edition, Fixtures.session("visit-regal", "FIELD_VISIT", null,
                "2018-12-13T11:00:00+01:00", "2018-12-13T16:00:00+01:00"));
        talk(edition, mistake, Fixtures.speaker(edition, "Hélène Aubrac", null), 1);
        Fixtures.delete(edition, "/sessions/" + mistake).then().statusCode(204);
        assertThat(onlyEvent(EventTypes.SESSION_DELETED, mistake).path("data").path("code").asText()).isEqualTo("visit-regal");
        assertProblem(Fixtures.session(edition, mistake), 404, "not-found");
        assertProblem(Fixtures.delete(edition, "/sessions/" + mistake), 404, "not-found");
        // Its code is free again.
        Fixtures.createSession(edition, Fixtures.session("visit-regal", "FIELD_VISIT", null, "2018-12-13T11:00:00+01:00",
                "2018-12-13T16:00:00+01:00"));

        String unused = Fixtures.speaker(edition, "Li Qiang (fictif)", "李强");
        Fixtures.delete(edition, "/speakers/" + unused).then().statusCode(204);
        String spare = Fixtures.room(edition, venue, 30);
        Fixtures.delete(edition, "/venues/" + venue + "/rooms/" + spare).then().statusCode(204);
        assertProblem(Fixtures.delete(edition, "/venues/" + venue + "/rooms/" + spare), 404, "not-found");
    }

    @Test
    void aRoomIsNotLoweredBelowTheOwnCapacityOfASessionHeldThere() {
        String edition = Fixtures.edition("edits");
        String venue = Fixtures.venue(edition);
        String room = Fixtures.room(edition, venue, 100);
        Map<String, Object> body = Fixtures.session("workshop-city", "PARALLEL_WORKSHOP", room, "2018-12-12T14:00:00+01:00",
                "2018-12-12T16:30:00+01:00");
        body.put("capacity", 80);
        Fixtures.createSession(edition, body);

        Response refused = assertProblem(Fixtures.patch(edition, "/venues/" + venue + "/rooms/" + room, Map.of("capacity", 50)),
                409, "room-smaller-than-sessions");
        assertThat(refused.jsonPath().getList("sessions")).containsExactly("workshop-city");
        Response lowered = Fixtures.patch(edition, "/venues/" + venue + "/rooms/" + room, Map.of("capacity", 80));
        assertThat(lowered.statusCode()).as(lowered.asString()).isEqualTo(200);
        assertThat(lowered.jsonPath().getInt("capacity")).isEqualTo(80);
        assertThat(lowered.jsonPath().getString("name.zh")).isEqualTo("会议室");
    }

    private static String talk(String edition, String session, String speaker, int position) {
        Response created = Fixtures.postIntervention(edition, session, Fixtures.talk(speaker, position, null));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return created.path("id");
    }

    private static Response reorder(String edition, String session, List<String> order) {
        return given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body(Map.of("order", order))
                .when().put("/api/v1/editions/" + edition + "/sessions/" + session + "/interventions/order").then().extract().response();
    }

    private JsonNode onlyEvent(String type, String subject) {
        List<BrokerEvents.Message> found = broker.await(Topics.PROGRAMME_SESSIONS, BrokerEvents.event(type, subject), 1, Duration.ofSeconds(30));
        assertThat(found).as("%s about %s on %s", type, subject, Topics.PROGRAMME_SESSIONS).hasSize(1);
        return found.get(0).json();
    }
}
