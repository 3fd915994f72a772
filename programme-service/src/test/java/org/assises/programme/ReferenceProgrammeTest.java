package org.assises.programme;

import static io.restassured.RestAssured.given;
import static org.assises.programme.Fixtures.ORGANISER;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.platform.security.Roles;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;
import org.assises.testsupport.DevTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The 2018 edition as data: loaded once, with the canonical codes and times, its events on the broker. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class ReferenceProgrammeTest {

    private static final String EDITION = "assises-2018";

    @Test
    void loadsThe2018ProgrammeOnceAndItCanBePublished() {
        Response first = given().auth().oauth2(ORGANISER).when().post("/api/v1/editions/" + EDITION + "/reference-programme")
                .then().extract().response();
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
        assertThat(first.jsonPath().getBoolean("loaded")).isTrue();
        assertThat(first.jsonPath().getInt("sessions")).isEqualTo(21);

        Response second = given().auth().oauth2(ORGANISER).when().post("/api/v1/editions/" + EDITION + "/reference-programme")
                .then().statusCode(200).extract().response();
        assertThat(second.jsonPath().getBoolean("loaded")).isFalse();

        given().when().get("/api/v1/editions/" + EDITION).then().statusCode(200)
                .body("startsOn", org.hamcrest.Matchers.equalTo("2018-12-11"))
                .body("endsOn", org.hamcrest.Matchers.equalTo("2018-12-13"))
                .body("timeZone", org.hamcrest.Matchers.equalTo("Europe/Paris"));

        JsonPath sessions = given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + EDITION + "/sessions")
                .then().statusCode(200).extract().jsonPath();
        assertThat(sessions.getList("code")).hasSize(21).doesNotHaveDuplicates().contains("workshop-tourism", "workshop-agriculture",
                "workshop-sustainable-city", "visit-regal", "visit-inra", "visit-carcassonne", "visit-narbonne-cahors-compost",
                "visit-airbus", "opening", "gala-dinner", "award-ceremony", "sichuan-dinner", "photo-exhibition", "tasting-stand");
        assertSession(sessions, "workshop-tourism", "PLENARY_WORKSHOP", "2018-12-12T10:30:00+01:00", "2018-12-12T12:30:00+01:00");
        assertSession(sessions, "workshop-agriculture", "PARALLEL_WORKSHOP", "2018-12-12T14:00:00+01:00", "2018-12-12T16:30:00+01:00");
        assertSession(sessions, "workshop-sustainable-city", "PARALLEL_WORKSHOP", "2018-12-12T14:00:00+01:00", "2018-12-12T16:30:00+01:00");
        for (String visit : List.of("visit-regal", "visit-inra", "visit-carcassonne", "visit-narbonne-cahors-compost", "visit-airbus")) {
            assertThat(sessions.getString("find { it.code == '" + visit + "' }.start")).isEqualTo("2018-12-13T11:00:00+01:00");
            assertThat(sessions.getString("find { it.code == '" + visit + "' }.kind")).isEqualTo("FIELD_VISIT");
        }
        assertSession(sessions, "gala-dinner", "GALA_DINNER", "2018-12-12T19:00:00+01:00", "2018-12-12T23:00:00+01:00");
        assertThat(sessions.getString("find { it.code == 'sichuan-dinner' }.audience")).isEqualTo("INVITATION");
        assertThat(sessions.getString("find { it.code == 'workshop-tourism' }.coChairs.find { it.side == 'CHINESE' }.name.zh")).isEqualTo("四川省");
        assertThat(sessions.getList("find { it.code == 'workshop-tourism' }.interventions")).hasSize(4);
        assertThat(sessions.getList("find { it.code == 'tasting-stand' }.openItems")).isNotEmpty();

        // The seeds are full of open questions, and December 2018 is long past.
        List<Map<String, Object>> overdue = given().auth().oauth2(DevTokens.forRole(Roles.LOGISTICS))
                .when().get("/api/v1/editions/" + EDITION + "/open-items?overdue=true").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(overdue).hasSize(12);
        assertThat(overdue).extracting(m -> m.get("subject")).contains("Lanternes de Zigong");

        String tourismId = sessions.getString("find { it.code == 'workshop-tourism' }.id");
        List<BrokerEvents.Message> created = BrokerEvents.onTestBroker().await(Topics.PROGRAMME_SESSIONS,
                BrokerEvents.event(EventTypes.SESSION_CREATED, tourismId), 1, Duration.ofSeconds(30));
        assertThat(created).hasSize(1);
        assertThat(created.get(0).json().path("data").path("code").asText()).isEqualTo("workshop-tourism");
        assertThat(created.get(0).json().path("data").path("capacity").asInt()).isEqualTo(500);
        assertThat(created.get(0).json().path("data").path("theme").asText()).isEqualTo("TOURISM");

        assertThat(Fixtures.warnings(EDITION)).isEmpty();
        Response v1 = Fixtures.publish(EDITION, null);
        assertThat(v1.statusCode()).as(v1.asString()).isEqualTo(201);
        assertThat(v1.jsonPath().getInt("sessionCount")).isEqualTo(21);
    }

    @Test
    void unknownReferenceProgrammeIs404AndOthersMayNotLoad() {
        assertProblem(given().auth().oauth2(ORGANISER).when().post("/api/v1/editions/assises-2031/reference-programme")
                .then().extract().response(), 404, "not-found");
        assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.APCAE)).when().post("/api/v1/editions/" + EDITION + "/reference-programme")
                .then().extract().response(), 403, "forbidden");
        assertProblem(given().when().get("/api/v1/editions/assises-2031").then().extract().response(), 404, "not-found");
    }

    private static void assertSession(JsonPath sessions, String code, String kind, String start, String end) {
        String at = "find { it.code == '" + code + "' }";
        assertThat(sessions.getString(at + ".kind")).isEqualTo(kind);
        assertThat(sessions.getString(at + ".start")).isEqualTo(start);
        assertThat(sessions.getString(at + ".end")).isEqualTo(end);
    }
}
