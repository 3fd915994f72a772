package org.assises.programme;

import static io.restassured.RestAssured.given;
import static org.assises.programme.Fixtures.ORGANISER;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.platform.security.Roles;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;
import org.assises.testsupport.DevTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Sessions through the API: created, changed and cancelled, each announced on the broker; bad input refused whole. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class SessionApiTest {

    private final BrokerEvents broker = BrokerEvents.onTestBroker();

    @Test
    void sessionIsCreatedAndAnnouncedWithWhatConsumersNeed() {
        String edition = Fixtures.edition("sessions");
        String venue = Fixtures.venue(edition);
        String room = Fixtures.room(edition, venue, 250);
        Map<String, Object> body = Fixtures.session("workshop-agriculture", "PARALLEL_WORKSHOP", room,
                "2018-12-12T14:00:00+01:00", "2018-12-12T16:30:00+01:00");
        body.put("theme", "AGRICULTURE_FOOD");
        body.put("capacity", 200);
        body.put("status", "TENTATIVE");
        body.put("coChairs", List.of(Map.of("name", Fixtures.text("Département fictif du Val-d'Orbe", "瓦尔多尔布省"), "side", "FRENCH"),
                Map.of("name", Fixtures.text("Préfecture fictive de Qingshan", "青山市"), "side", "CHINESE")));
        Response created = Fixtures.postSession(edition, body);
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/editions/" + edition + "/sessions/" + id);
        assertThat(created.jsonPath().getString("start")).isEqualTo("2018-12-12T14:00:00+01:00");
        assertThat(created.jsonPath().getInt("capacity")).isEqualTo(200);
        assertThat(created.jsonPath().getInt("room.capacity")).isEqualTo(250);
        assertThat(created.jsonPath().getString("coChairs.find { it.side == 'CHINESE' }.name.zh")).isEqualTo("青山市");

        JsonNode data = onlyEvent(EventTypes.SESSION_CREATED, id).path("data");
        assertThat(data.path("edition").asText()).isEqualTo(edition);
        assertThat(data.path("code").asText()).isEqualTo("workshop-agriculture");
        assertThat(data.path("kind").asText()).isEqualTo("PARALLEL_WORKSHOP");
        assertThat(data.path("theme").asText()).isEqualTo("AGRICULTURE_FOOD");
        assertThat(data.path("status").asText()).isEqualTo("TENTATIVE");
        assertThat(data.path("capacity").asInt()).isEqualTo(200);
        assertThat(data.path("audience").asText()).isEqualTo("OPEN");
        assertThat(data.path("venueId").asText()).isEqualTo(venue);
        assertThat(data.path("venueName").path("zh").asText()).isEqualTo("测试酒店");
        assertThat(data.path("venueAddress").asText()).isEqualTo("1 rue Imaginaire, Toulouse");
        assertThat(data.path("roomName").path("fr").asText()).startsWith("Salle ");
        assertThat(data.path("title").path("zh").asText()).isEqualTo("会议 workshop-agriculture");
        assertThat(java.time.OffsetDateTime.parse(data.path("start").asText()))
                .isEqualTo(java.time.OffsetDateTime.parse("2018-12-12T14:00:00+01:00"));
    }

    @Test
    void changeOfTimeIsAnnouncedAndCancellationIsFinal() {
        String edition = Fixtures.edition("sessions");
        String room = Fixtures.room(edition, Fixtures.venue(edition), 100);
        Map<String, Object> body = Fixtures.session("visit-airbus", "FIELD_VISIT", room, "2018-12-13T11:00:00+01:00",
                "2018-12-13T16:00:00+01:00");
        String id = Fixtures.createSession(edition, body);

        body.put("start", "2018-12-13T11:30:00+01:00");
        Response changed = Fixtures.putSession(edition, id, body);
        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
        JsonNode change = onlyEvent(EventTypes.SESSION_CHANGED, id);
        assertThat(change.path("data").path("start").asText()).startsWith("2018-12-13T11:30");

        body.put("status", "CANCELLED");
        assertThat(Fixtures.putSession(edition, id, body).statusCode()).isEqualTo(200);
        assertThat(onlyEvent(EventTypes.SESSION_CANCELLED, id).path("data").path("status").asText()).isEqualTo("CANCELLED");

        body.put("status", "CONFIRMED");
        assertProblem(Fixtures.putSession(edition, id, body), 409, "invalid-transition");
        assertThat(Fixtures.session(edition, id).jsonPath().getString("status")).isEqualTo("CANCELLED");
    }

    @Test
    void lowerRoomCapacityReachesTheSessionsHeldThere() {
        String edition = Fixtures.edition("sessions");
        String venue = Fixtures.venue(edition);
        String room = Fixtures.room(edition, venue, 100);
        String id = Fixtures.createSession(edition, Fixtures.session("visit-inra", "FIELD_VISIT", room, "2018-12-13T11:00:00+01:00",
                "2018-12-13T16:00:00+01:00"));
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.text("Bus unique", "单辆大巴"), "capacity", 50))
                .when().put("/api/v1/editions/" + edition + "/venues/" + venue + "/rooms/" + room).then().statusCode(200);
        assertThat(Fixtures.session(edition, id).jsonPath().getInt("capacity")).isEqualTo(50);
        assertThat(onlyEvent(EventTypes.SESSION_CHANGED, id).path("data").path("capacity").asInt()).isEqualTo(50);
    }

    @Test
    void endBeforeStartUnknownRoomAndCapacityAboveTheRoomAreRefusedPerField() {
        String edition = Fixtures.edition("sessions");
        String room = Fixtures.room(edition, Fixtures.venue(edition), 100);
        Map<String, Object> body = Fixtures.session("gala-dinner", "GALA_DINNER", "00000000-0000-0000-0000-000000000001",
                "2018-12-12T23:00:00+01:00", "2018-12-12T19:00:00+01:00");
        Response response = assertProblem(Fixtures.postSession(edition, body), 400, "validation");
        assertThat(response.jsonPath().getList("violations.field")).containsExactlyInAnyOrder("end", "roomId");

        body = Fixtures.session("gala-dinner", "GALA_DINNER", room, "2018-12-12T19:00:00+01:00", "2018-12-12T19:00:00+01:00");
        assertThat(assertProblem(Fixtures.postSession(edition, body), 400, "validation").jsonPath().getList("violations.field"))
                .containsExactly("end");

        body = Fixtures.session("gala-dinner", "GALA_DINNER", room, "2018-12-12T19:00:00+01:00", "2018-12-12T23:00:00+01:00");
        body.put("capacity", 101);
        assertThat(assertProblem(Fixtures.postSession(edition, body), 400, "validation").jsonPath().getList("violations.field"))
                .containsExactly("capacity");

        body = Fixtures.session("gala-dinner", "MEAL", room, "2018-12-12T08:00:00+01:00", "2018-12-13T08:00:00+01:00");
        assertThat(assertProblem(Fixtures.postSession(edition, body), 400, "validation").jsonPath().getList("violations.field"))
                .containsExactly("end");

        body = Fixtures.session("Bad Code!", "BANQUET", room, "2018-12-12T19:00:00+01:00", "2018-12-12T23:00:00+01:00");
        assertThat(assertProblem(Fixtures.postSession(edition, body), 400, "validation").jsonPath().getList("violations.field"))
                .isNotEmpty();

        assertThat(sessions(edition)).isEmpty();
        assertThat(broker.await(Topics.PROGRAMME_SESSIONS, m -> m.json() != null && edition.equals(m.json().path("data").path("edition").asText()),
                1, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void duplicateCodeAndUnknownEditionAndWrongRoleAreRefused() {
        String edition = Fixtures.edition("sessions");
        Map<String, Object> body = Fixtures.session("opening", "OPENING", null, "2018-12-12T09:00:00+01:00", "2018-12-12T10:15:00+01:00");
        Fixtures.createSession(edition, body);
        assertProblem(Fixtures.postSession(edition, body), 409, "duplicate-code");
        assertProblem(Fixtures.postSession("no-such-edition", body), 404, "not-found");
        assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.APCAE)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/editions/" + edition + "/sessions").then().extract().response(), 403, "forbidden");
        assertProblem(given().when().get("/api/v1/editions/" + edition + "/sessions").then().extract().response(), 401, "unauthenticated");
        assertThat(sessions(edition)).hasSize(1);
    }

    @Test
    void codeCannotChangeOnceParticipantsChooseByIt() {
        String edition = Fixtures.edition("sessions");
        Map<String, Object> body = Fixtures.session("visit-regal", "FIELD_VISIT", null, "2018-12-13T11:00:00+01:00",
                "2018-12-13T16:00:00+01:00");
        String id = Fixtures.createSession(edition, body);
        body.put("code", "visit-regal-2");
        assertProblem(Fixtures.putSession(edition, id, body), 409, "code-is-stable");
    }

    private List<Object> sessions(String edition) {
        return given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/sessions")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private JsonNode onlyEvent(String type, String subject) {
        List<BrokerEvents.Message> found = broker.await(Topics.PROGRAMME_SESSIONS, BrokerEvents.event(type, subject), 1, Duration.ofSeconds(30));
        assertThat(found).as("%s about %s on %s", type, subject, Topics.PROGRAMME_SESSIONS).hasSize(1);
        assertThat(found.get(0).key()).isEqualTo(subject);
        return found.get(0).json();
    }
}
