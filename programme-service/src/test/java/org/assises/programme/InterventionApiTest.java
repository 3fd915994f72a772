package org.assises.programme;

import static io.restassured.RestAssured.given;
import static org.assises.programme.Fixtures.ORGANISER;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.assises.testsupport.AssisesTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Speakers and their talks: 15 minutes by default, one talk per place in the running order, bad input refused whole. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class InterventionApiTest {

    @Test
    void talkTakesFifteenMinutesByDefaultAndShowsOnItsSession() {
        String edition = Fixtures.edition("talks");
        String session = Fixtures.createSession(edition, Fixtures.session("workshop-tourism", "PLENARY_WORKSHOP", null,
                "2018-12-12T10:30:00+01:00", "2018-12-12T12:30:00+01:00"));
        String speaker = Fixtures.speaker(edition, "Li Mingyu", "李明宇");
        Response created = Fixtures.postIntervention(edition, session, Fixtures.talk(speaker, 1, null));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/sessions/" + session + "/interventions/");
        assertThat(created.jsonPath().getInt("durationMinutes")).isEqualTo(15);
        assertThat(created.jsonPath().getString("status")).isEqualTo("TO_BE_CONFIRMED");
        assertThat(created.jsonPath().getString("speaker.nameZh")).isEqualTo("李明宇");
        assertThat(created.jsonPath().getList("speaker.languages")).containsExactly("zh", "fr");

        Map<String, Object> confirmed = Fixtures.talk(speaker, 2, 20);
        confirmed.put("status", "CONFIRMED");
        String id = created.path("id");
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body(confirmed)
                .when().put("/api/v1/editions/" + edition + "/sessions/" + session + "/interventions/" + id).then().statusCode(200);
        Response read = Fixtures.session(edition, session);
        assertThat(read.jsonPath().getList("interventions.position")).containsExactly(2);
        assertThat(read.jsonPath().getList("interventions.durationMinutes")).containsExactly(20);
        assertThat(read.jsonPath().getList("interventions.status")).containsExactly("CONFIRMED");
    }

    @Test
    void overlappingOrderUnknownSpeakerAndBadDurationsAreRefusedPerField() {
        String edition = Fixtures.edition("talks");
        String session = Fixtures.createSession(edition, Fixtures.session("workshop-tourism", "PLENARY_WORKSHOP", null,
                "2018-12-12T10:30:00+01:00", "2018-12-12T12:30:00+01:00"));
        String speaker = Fixtures.speaker(edition, "Zhou Lan", "周兰");
        Fixtures.postIntervention(edition, session, Fixtures.talk(speaker, 1, null)).then().statusCode(201);

        assertProblem(Fixtures.postIntervention(edition, session, Fixtures.talk(speaker, 1, null)), 409, "position-taken");
        assertThat(fields(Fixtures.postIntervention(edition, session,
                Fixtures.talk("00000000-0000-0000-0000-000000000002", 2, null)))).containsExactly("speakerId");
        assertThat(fields(Fixtures.postIntervention(edition, session, Fixtures.talk(speaker, 2, 0)))).containsExactly("durationMinutes");
        assertThat(fields(Fixtures.postIntervention(edition, session, Fixtures.talk(speaker, 2, 600)))).containsExactly("durationMinutes");
        assertThat(fields(Fixtures.postIntervention(edition, session, Fixtures.talk(speaker, 0, null)))).containsExactly("position");

        String otherEditionSpeaker = Fixtures.speaker(Fixtures.edition("talks"), "Hu Jie", "胡杰");
        assertThat(fields(Fixtures.postIntervention(edition, session, Fixtures.talk(otherEditionSpeaker, 2, null))))
                .containsExactly("speakerId");

        List<Object> talks = given().auth().oauth2(ORGANISER)
                .when().get("/api/v1/editions/" + edition + "/sessions/" + session + "/interventions")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(talks).hasSize(1);
    }

    @Test
    void speakerNeedsALatinNameAndValidCodes() {
        String edition = Fixtures.edition("talks");
        Response response = assertProblem(given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body(Map.of("nameLatin", " ", "country", "China", "languages", List.of("chinese")))
                .when().post("/api/v1/editions/" + edition + "/speakers").then().extract().response(), 400, "validation");
        assertThat(response.jsonPath().getList("violations.field")).contains("nameLatin", "country");
        assertThat(given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/speakers")
                .then().statusCode(200).extract().jsonPath().getList("$")).isEmpty();
    }

    private static List<String> fields(Response response) {
        return assertProblem(response, 400, "validation").jsonPath().getList("violations.field");
    }
}
