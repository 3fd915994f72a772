package org.assises.programme;

import static io.restassured.RestAssured.given;
import static org.assises.programme.Fixtures.ORGANISER;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Open items ("reste à définir") on sessions and side events, and the list of overdue ones; editions' days. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class OpenItemApiTest {

    @Test
    void overdueListHoldsOpenItemsPastTheirDueDate() {
        String edition = Fixtures.edition("items");
        String stand = Fixtures.createSession(edition, Fixtures.session("tasting-stand", "TASTING_STAND", null,
                "2018-12-11T09:00:00+01:00", "2018-12-13T18:00:00+01:00"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String late = create(edition, item(stand, null, "Liste des produits importés", today.minusDays(1))).path("id");
        String onTime = create(edition, item(null, "Lanternes de Zigong", "Spécifications d'accrochage", today.plusDays(10))).path("id");
        String doneLate = create(edition, item(null, "Spectacles", "Taille de la scène", today.minusDays(3))).path("id");
        Map<String, Object> done = item(null, "Spectacles", "Taille de la scène", today.minusDays(3));
        done.put("status", "DONE");
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body(done)
                .when().put("/api/v1/editions/" + edition + "/open-items/" + doneLate).then().statusCode(200)
                .body("overdue", org.hamcrest.Matchers.equalTo(false));

        List<String> overdue = given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/open-items?overdue=true")
                .then().statusCode(200).extract().jsonPath().getList("id");
        assertThat(overdue).containsExactly(late);
        List<String> all = given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/open-items")
                .then().statusCode(200).extract().jsonPath().getList("id");
        assertThat(all).containsExactlyInAnyOrder(late, onTime, doneLate);
        Response session = Fixtures.session(edition, stand);
        assertThat(session.jsonPath().getList("openItems.id")).containsExactly(late);
        assertThat(session.jsonPath().getList("openItems.overdue")).containsExactly(true);
    }

    @Test
    void itemNeedsASessionOrASubjectAndAnOwner() {
        String edition = Fixtures.edition("items");
        LocalDate due = LocalDate.of(2018, 10, 1);
        assertThat(assertProblem(create(edition, item(null, null, "Sans sujet", due)), 400, "validation")
                .jsonPath().getList("violations.field")).containsExactly("subject");
        assertThat(assertProblem(create(edition, item("00000000-0000-0000-0000-000000000003", null, "Séance inconnue", due)), 400,
                "validation").jsonPath().getList("violations.field")).containsExactly("sessionId");
        Map<String, Object> noOwner = item(null, "Lanternes", "Sans responsable", due);
        noOwner.remove("owner");
        assertThat(assertProblem(create(edition, noOwner), 400, "validation").jsonPath().getList("violations.field"))
                .containsExactly("owner");
        assertThat(given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/open-items")
                .then().statusCode(200).extract().jsonPath().getList("$")).isEmpty();
    }

    @Test
    void editionDaysMustBeInOrderAndItsZoneKnown() {
        String code = "days-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(assertProblem(given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.text("Assises", "论坛"), "startsOn", "2018-12-13", "endsOn", "2018-12-11"))
                .when().put("/api/v1/editions/" + code).then().extract().response(), 400, "validation")
                .jsonPath().getList("violations.field")).containsExactly("endsOn");
        assertThat(assertProblem(given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.text("Assises", "论坛"), "startsOn", "2018-12-11", "endsOn", "2018-12-13",
                        "timeZone", "Mars/Olympus"))
                .when().put("/api/v1/editions/" + code).then().extract().response(), 400, "validation")
                .jsonPath().getList("violations.field")).containsExactly("timeZone");
        assertProblem(given().when().get("/api/v1/editions/" + code).then().extract().response(), 404, "not-found");
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.text("Assises", "论坛"), "startsOn", "2018-12-11", "endsOn", "2018-12-13"))
                .when().put("/api/v1/editions/" + code).then().statusCode(201);
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.text("Assises", "论坛"), "startsOn", "2018-12-10", "endsOn", "2018-12-13"))
                .when().put("/api/v1/editions/" + code).then().statusCode(200).body("startsOn", org.hamcrest.Matchers.equalTo("2018-12-10"));
        // The other services learn the edition from its events, in the order it was saved.
        BrokerEvents broker = BrokerEvents.onTestBroker();
        assertThat(broker.await(Topics.PROGRAMME_EDITIONS, BrokerEvents.event(EventTypes.EDITION_CREATED, code), 1, Duration.ofSeconds(30))
                .get(0).json().path("data").path("startsOn").asText()).isEqualTo("2018-12-11");
        assertThat(broker.await(Topics.PROGRAMME_EDITIONS, BrokerEvents.event(EventTypes.EDITION_CHANGED, code), 1, Duration.ofSeconds(30))
                .get(0).json().path("data").path("startsOn").asText()).isEqualTo("2018-12-10");
    }

    private static Response create(String edition, Map<String, Object> body) {
        return given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/editions/" + edition + "/open-items").then().extract().response();
    }

    private static Map<String, Object> item(String sessionId, String subject, String description, LocalDate due) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (sessionId != null) {
            body.put("sessionId", sessionId);
        }
        if (subject != null) {
            body.put("subject", subject);
        }
        body.put("description", description);
        body.put("owner", "Service protocole (fictif)");
        body.put("dueDate", due.toString());
        return body;
    }
}
