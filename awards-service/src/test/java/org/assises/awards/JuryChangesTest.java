package org.assises.awards;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assises.awards.Fixtures.ORGANISER;
import static org.assises.testsupport.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.assises.platform.security.Roles;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.DevTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The jury changing after it was set up: a juror taken off an application, a member taken off the jury,
 * and the deliberation's record read by the jury once closed; each with the wrong people, unknown
 * records and conflicts, and nothing written when refused.
 */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class JuryChangesTest {

    private static final String APCAE = DevTokens.forRole(Roles.APCAE);

    @Inject
    TestClock clock;

    @Test
    void anOrganiserTakesAJurorOffAnApplicationTheyHaveNotScored() {
        Scene s = new Scene(clock);
        String path = s.base + "/jurors/" + s.f1 + "/assignments/" + s.app1;
        assertProblem(given().auth().oauth2(Fixtures.jurorToken(s.subject(s.f1))).when().delete(path).then().extract().response(), 403,
                "forbidden");
        assertProblem(given().auth().oauth2(APCAE).when().delete(path).then().extract().response(), 403, "forbidden");
        assertProblem(given().when().delete(path).then().extract().response(), 401, "unauthenticated");
        assertProblem(unassign(s, UUID.randomUUID().toString(), s.app1), 404, "not-found");
        assertProblem(unassign(s, s.f1, UUID.randomUUID().toString()), 404, "not-found");
        assertProblem(unassign(s, s.f1, s.app2), 404, "not-found");
        assertThat(assignments(s)).hasSize(4);

        given().auth().oauth2(ORGANISER).when().delete(path).then().statusCode(204);
        assertThat(assignments(s)).extracting(a -> a.get("jurorId") + "/" + a.get("applicationId"))
                .containsExactlyInAnyOrder(s.c1 + "/" + s.app1, s.f2 + "/" + s.app2, s.c2 + "/" + s.app2);
        String juror = Fixtures.jurorToken(s.subject(s.f1));
        assertProblem(given().auth().oauth2(juror).when().get(s.base + "/jury/me/applications/" + s.app1).then().extract().response(), 404,
                "not-found");
        assertProblem(s.score(s.f1, s.app1, Fixtures.scores(7, 7, 7)), 404, "not-found");
        assertProblem(unassign(s, s.f1, s.app1), 404, "not-found");
        // The application stays under review: the organiser gives it another juror.
        given().auth().oauth2(ORGANISER).when().get(s.base + "/applications/" + s.app1).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UNDER_REVIEW"));
        Fixtures.assign(s.edition, s.f2, s.app1);
    }

    @Test
    void aJurorWhoScoredStaysOnTheApplicationWithTheirSheet() {
        Scene s = new Scene(clock);
        s.score(s.c1, s.app1, Fixtures.scores(8, 7, 6)).then().statusCode(200);
        assertProblem(unassign(s, s.c1, s.app1), 409, "already-scored");
        assertThat(assignments(s)).hasSize(4);
        given().auth().oauth2(ORGANISER).when().get(s.base + "/applications/" + s.app1 + "/scores").then().statusCode(200)
                .body("sheets", org.hamcrest.Matchers.hasSize(1));
        s.score(s.c1, s.app1, Fixtures.scores(8, 8, 6)).then().statusCode(200);
    }

    @Test
    void aMemberLeavesTheJuryWithTheirAssignmentsAndConflictsUntilTheyHaveScoredOrSat() {
        Scene s = new Scene(clock);
        String f3 = Fixtures.juror(s.edition, "FRENCH");
        String f2Token = Fixtures.jurorToken(s.subject(s.f2));
        given().auth().oauth2(f2Token).contentType(ContentType.JSON)
                .body("{\"applicationId\":\"%s\",\"type\":\"PERSONAL\",\"reason\":\"Un parent dans l'équipe\"}".formatted(s.app1))
                .when().post(s.base + "/jury/me/conflicts").then().statusCode(201);
        assertProblem(given().auth().oauth2(f2Token).when().delete(s.base + "/jurors/" + s.f2).then().extract().response(), 403, "forbidden");
        assertProblem(given().auth().oauth2(APCAE).when().delete(s.base + "/jurors/" + s.f2).then().extract().response(), 403, "forbidden");
        assertProblem(removeJuror(s, UUID.randomUUID().toString()), 404, "not-found");
        assertProblem(given().auth().oauth2(ORGANISER).when().delete("/api/v1/editions/" + Fixtures.edition() + "/jurors/" + s.f2).then()
                .extract().response(), 404, "not-found");

        given().auth().oauth2(ORGANISER).when().delete(s.base + "/jurors/" + s.f2).then().statusCode(204);
        given().auth().oauth2(ORGANISER).when().get(s.base + "/jurors/" + s.f2).then().statusCode(404);
        assertThat(assignments(s)).extracting(a -> a.get("jurorId")).doesNotContain(s.f2);
        assertThat(given().auth().oauth2(ORGANISER).when().get(s.base + "/conflicts").then().statusCode(200).extract().jsonPath()
                .getList("jurorId")).doesNotContain(s.f2);
        assertProblem(given().auth().oauth2(f2Token).when().get(s.base + "/jury/me").then().extract().response(), 403, "not-a-juror");

        // Once they have scored, or sit at the deliberation, they stay.
        s.score(s.f1, s.app1, Fixtures.scores(9, 8, 8)).then().statusCode(200);
        s.score(s.c1, s.app1, Fixtures.scores(8, 8, 7)).then().statusCode(200);
        assertProblem(removeJuror(s, s.f1), 409, "juror-has-scores");
        clock.set(Fixtures.T.plusDays(21));
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"heldAt\":\"%s\",\"present\":[\"%s\",\"%s\",\"%s\"]}".formatted(Fixtures.T.plusDays(21), s.f1, f3, s.c1))
                .when().post(s.base + "/deliberation").then().statusCode(201);
        assertProblem(removeJuror(s, f3), 409, "juror-in-deliberation");
        assertThat(given().auth().oauth2(ORGANISER).when().get(s.base + "/jurors").then().statusCode(200).extract().jsonPath()
                .getList("id")).containsExactlyInAnyOrder(s.f1, f3, s.c1, s.c2);
    }

    @Test
    void theJuryReadsItsDeliberationOnceClosedAndNobodyElseDoes() {
        Scene s = new Scene(clock);
        s.scoreAllAndDeliberate(clock, s.f1, s.c1);
        s.decide(s.app1, "LAUREATE", s.prize, 2).then().statusCode(200);
        String absentJuror = Fixtures.jurorToken(s.subject(s.f2));
        String path = s.base + "/jury/me/deliberation";
        assertProblem(given().auth().oauth2(absentJuror).when().get(path).then().extract().response(), 404, "not-found");
        s.close();

        given().auth().oauth2(absentJuror).when().get(path).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("CLOSED"))
                .body("present.id", org.hamcrest.Matchers.containsInAnyOrder(s.f1, s.c1))
                .body("decisions.find { it.applicationId == '" + s.app1 + "' }.outcome", org.hamcrest.Matchers.equalTo("LAUREATE"))
                .body("decisions.find { it.applicationId == '" + s.app1 + "' }.votesFor", org.hamcrest.Matchers.equalTo(2))
                .body("decisions.find { it.applicationId == '" + s.app1 + "' }.reason", org.hamcrest.Matchers.equalTo("Vote du jury"));
        Response anonymous = assertProblem(given().when().get(path).then().extract().response(), 401, "unauthenticated");
        Response apcae = assertProblem(given().auth().oauth2(APCAE).when().get(path).then().extract().response(), 403, "forbidden");
        assertProblem(given().auth().oauth2(ORGANISER).when().get(path).then().extract().response(), 403, "forbidden");
        Response stranger = assertProblem(given().auth().oauth2(Fixtures.jurorToken("not-on-this-jury")).when().get(path).then().extract()
                .response(), 403, "not-a-juror");
        for (Response refused : List.of(anonymous, apcae, stranger)) {
            assertThat(refused.asString()).doesNotContain(s.app1).doesNotContain("LAUREATE");
        }
        assertProblem(given().auth().oauth2(absentJuror).when().get("/api/v1/editions/no-such-edition/jury/me/deliberation").then()
                .extract().response(), 404, "not-found");
    }

    private static Response unassign(Scene s, String juror, String application) {
        return given().auth().oauth2(ORGANISER).when().delete(s.base + "/jurors/" + juror + "/assignments/" + application).then().extract()
                .response();
    }

    private static Response removeJuror(Scene s, String juror) {
        return given().auth().oauth2(ORGANISER).when().delete(s.base + "/jurors/" + juror).then().extract().response();
    }

    private static List<Map<String, Object>> assignments(Scene s) {
        return given().auth().oauth2(ORGANISER).when().get(s.base + "/assignments").then().statusCode(200).extract().jsonPath().getList("$");
    }
}
