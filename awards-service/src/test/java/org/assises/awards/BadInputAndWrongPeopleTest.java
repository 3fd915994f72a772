package org.assises.awards;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assises.awards.Fixtures.ORGANISER;
import static org.assises.awards.Fixtures.T;
import static org.assises.testsupport.ProblemAssertions.assertProblem;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.assises.platform.security.Roles;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.DevTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Each bad input and each person where they do not belong: a clear 4xx problem, and nothing written. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class BadInputAndWrongPeopleTest {

    @Inject
    TestClock clock;

    @Test
    void scoreOutOfTheScaleIs400AndWritesNothing() {
        Scene s = new Scene(clock);
        Response r = assertProblem(s.score(s.f1, s.app1, Fixtures.scores(11, 5, -1)), 400, "validation");
        assertThat(r.jsonPath().getList("violations.field")).containsExactlyInAnyOrder("scores.innovation", "scores.film");
        assertNoSheet(s, s.app1);
    }

    @Test
    void criterionNotInTheRulebookIs400AndWritesNothing() {
        Scene s = new Scene(clock);
        Response r = assertProblem(s.score(s.f1, s.app1, "{\"scores\":{\"innovation\":5,\"results\":5,\"film\":5,\"charm\":9}}"),
                400, "validation");
        assertThat(r.jsonPath().getList("violations.field")).containsExactly("scores.charm");
        assertProblem(s.score(s.f1, s.app1, "{\"scores\":{\"innovation\":5,\"results\":5}}"), 400, "validation");
        assertNoSheet(s, s.app1);
    }

    @Test
    void filmLinkThatIsNotAnHttpUrlIs400AndWritesNothing() {
        String edition = Fixtures.edition();
        clock.set(T.plusDays(1));
        Fixtures.setCall(edition, Fixtures.callBody(2, 1, "MEAN", 2));
        for (String film : List.of("pas un lien", "ftp://films.example.org/a.mp4", "javascript:alert(1)", "https://", "https://exa mple.org/x",
                "https://films.example.org/" + "x".repeat(500))) {
            Response r = assertProblem(Fixtures.submit(edition, Fixtures.application("TOURISM", "Commune A", "甲市", "Occitanie", "Ville B",
                    "乙市", "Sichuan", film)), 400, "validation");
            assertThat(r.jsonPath().getList("violations.field")).as(film).containsExactly("filmUrl");
        }
        assertThat(given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/applications").then().statusCode(200)
                .extract().jsonPath().getList("$")).isEmpty();
    }

    @Test
    void applyingAfterTheDeadlineIs409AndBeforeTheOpeningIs404() {
        String edition = Fixtures.edition();
        Fixtures.setCall(edition, Fixtures.callBody(2, 1, "MEAN", 2));
        clock.set(T.minusSeconds(1));
        assertProblem(Fixtures.submit(edition, Fixtures.application("TOURISM")), 404, "not-found");
        clock.set(T.plusDays(10));
        assertProblem(Fixtures.submit(edition, Fixtures.application("TOURISM")), 409, "call-closed");
        clock.set(T.plusDays(10).minusSeconds(1));
        Fixtures.submitted(edition, Fixtures.application("TOURISM"));
        assertThat(given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/applications").then().statusCode(200)
                .extract().jsonPath().getList("$")).hasSize(1);
    }

    @Test
    void scoringAnApplicationNotAssignedIs404AndWritesNothing() {
        Scene s = new Scene(clock);
        assertProblem(s.score(s.f1, s.app2, Fixtures.scores(5, 5, 5)), 404, "not-found");
        assertProblem(given().auth().oauth2(Fixtures.jurorToken(s.subject(s.f1))).when()
                .get(s.base + "/jury/me/applications/" + s.app2).then().extract().response(), 404, "not-found");
        assertNoSheet(s, s.app2);
    }

    @Test
    void scoringAConflictedApplicationIs404AndWritesNothing() {
        Scene s = new Scene(clock);
        String token = Fixtures.jurorToken(s.subject(s.c1));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"applicationId\":\"%s\",\"type\":\"PERSONAL\",\"reason\":\"Ami du porteur de projet\"}".formatted(s.app1))
                .when().post(s.base + "/jury/me/conflicts").then().statusCode(201);
        assertProblem(s.score(s.c1, s.app1, Fixtures.scores(5, 5, 5)), 404, "not-found");
        assertThat(given().auth().oauth2(token).when().get(s.base + "/jury/me/applications").then().statusCode(200)
                .extract().jsonPath().getList("id")).doesNotContain(s.app1);
        assertNoSheet(s, s.app1);
        // An organiser cannot assign them to it by hand either.
        assertProblem(given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"jurorId\":\"%s\",\"applicationId\":\"%s\"}".formatted(s.c1, s.app1))
                .when().post(s.base + "/assignments").then().extract().response(), 409, "conflict-of-interest");
    }

    @Test
    void anotherJurorsScoresAreNotTheirs() {
        Scene s = new Scene(clock);
        s.score(s.f2, s.app2, Fixtures.scores(7, 7, 7)).then().statusCode(200);
        String f1Token = Fixtures.jurorToken(s.subject(s.f1));
        // The organisers' view of every sheet: 403 for a juror.
        assertProblem(given().auth().oauth2(f1Token).when().get(s.base + "/applications/" + s.app2 + "/scores").then().extract().response(),
                403, "forbidden");
        // Their own space only holds their own sheets: app2 is not theirs.
        assertProblem(given().auth().oauth2(f1Token).when().get(s.base + "/jury/me/applications/" + s.app2 + "/scores").then().extract()
                .response(), 404, "not-found");
        // A jury token of someone who is not on this jury.
        assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.JURY)).when().get(s.base + "/jury/me/applications").then().extract()
                .response(), 403, "not-a-juror");
        given().auth().oauth2(ORGANISER).when().get(s.base + "/applications/" + s.app2 + "/scores").then().statusCode(200)
                .body("sheets.scores.innovation", org.hamcrest.Matchers.contains(7));
    }

    @Test
    void anApplicationsTokenDoesNotOpenAnother() {
        Scene s = new Scene(clock);
        clock.set(T.plusDays(2));
        String other = "/api/v1/applications/" + s.app2;
        assertProblem(given().header("X-Application-Token", s.token1).when().get(other).then().extract().response(), 404, "not-found");
        assertProblem(given().header("X-Application-Token", s.token1).contentType(ContentType.JSON).body(Fixtures.application("TOURISM"))
                .when().put(other).then().extract().response(), 404, "not-found");
        assertProblem(given().header("X-Application-Token", s.token1).when().delete(other).then().extract().response(), 404, "not-found");
        assertProblem(given().when().get(other).then().extract().response(), 404, "not-found");
        given().header("X-Application-Token", s.token2).when().get(other).then().statusCode(200).body("status",
                org.hamcrest.Matchers.equalTo("UNDER_REVIEW"));
    }

    @Test
    void resultsBeforeTheCeremonyLeakNothingToTheAnonymousNorToJurors() {
        Scene s = new Scene(clock);
        s.scoreAllAndDeliberate(clock, s.f1, s.c1);
        s.decide(s.app1, "LAUREATE", s.prize, 2).then().statusCode(200);
        s.close();
        clock.set(T.plusDays(30).minusSeconds(1));
        Response anonymous = assertProblem(given().when().get(s.base + "/results").then().extract().response(), 404, "not-found");
        Response juror = assertProblem(given().auth().oauth2(Fixtures.jurorToken(s.subject(s.f1))).when().get(s.base + "/results").then()
                .extract().response(), 404, "not-found");
        Response unknown = assertProblem(given().when().get("/api/v1/editions/no-such-edition/results").then().extract().response(), 404,
                "not-found");
        // The same answer as for an edition that does not exist: no count, no name, no hint.
        assertThat(anonymous.jsonPath().getString("detail").replace(s.edition, "X"))
                .isEqualTo(unknown.jsonPath().getString("detail").replace("no-such-edition", "X"));
        assertThat(juror.asString()).doesNotContain(s.app1).doesNotContain("LAUREATE").doesNotContain("laureate");
        assertProblem(given().auth().oauth2(Fixtures.jurorToken(s.subject(s.f1))).when().get(s.base + "/laureates").then().extract()
                .response(), 403, "forbidden");
        assertProblem(given().when().get(s.base + "/laureates.csv").then().extract().response(), 401, "unauthenticated");
        // The partnership itself still reads "under review".
        given().header("X-Application-Token", s.token1).when().get("/api/v1/applications/" + s.app1).then()
                .body("status", org.hamcrest.Matchers.equalTo("UNDER_REVIEW"));
    }

    @Test
    void changingAFrozenDecisionIs409AndChangesNothing() {
        Scene s = new Scene(clock);
        s.scoreAllAndDeliberate(clock, s.f1, s.c1);
        s.decide(s.app1, "LAUREATE", s.prize, 2).then().statusCode(200);
        s.decide(s.app2, "NOT_SELECTED", null, 2).then().statusCode(200);
        s.close();
        assertProblem(s.decide(s.app2, "MENTION", null, 2), 409, "deliberation-closed");
        assertProblem(given().auth().oauth2(ORGANISER).when().post(s.base + "/deliberation/closing").then().extract().response(), 409,
                "deliberation-closed");
        given().auth().oauth2(ORGANISER).when().get(s.base + "/deliberation").then().statusCode(200)
                .body("decisions.find { it.applicationId == '" + s.app2 + "' }.outcome", org.hamcrest.Matchers.equalTo("NOT_SELECTED"));
    }

    @Test
    void aPrizeNeverGetsMoreLaureatesThanItsPlacesAndAnUnbalancedJuryCannotDeliberate() {
        Scene s = new Scene(clock);
        clock.set(T.plusDays(12));
        s.score(s.f1, s.app1, Fixtures.scores(9, 8, 8)).then().statusCode(200);
        clock.set(T.plusDays(21));
        assertProblem(given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"heldAt\":\"%s\",\"present\":[\"%s\",\"%s\"]}".formatted(T.plusDays(21), s.f1, s.f2))
                .when().post(s.base + "/deliberation").then().extract().response(), 409, "jury-not-quorate");
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"heldAt\":\"%s\",\"present\":[\"%s\",\"%s\",\"%s\"]}".formatted(T.plusDays(21), s.f1, s.f2, s.c1))
                .when().post(s.base + "/deliberation").then().statusCode(201);
        s.decide(s.app1, "LAUREATE", s.prize, 3).then().statusCode(200);
        assertProblem(s.decide(s.app2, "LAUREATE", s.prize, 3), 409, "prize-full");
        assertProblem(s.decide(s.app2, "MENTION", null, 4), 400, "validation");
        given().auth().oauth2(ORGANISER).when().get(s.base + "/deliberation").then().statusCode(200)
                .body("decisions", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void anIdempotencyKeyReusedForAnotherApplicationIs422() {
        String edition = Fixtures.edition();
        clock.set(T.plusDays(1));
        Fixtures.setCall(edition, Fixtures.callBody(2, 1, "MEAN", 2));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "key-1").body(Fixtures.application("TOURISM"))
                .when().post("/api/v1/editions/" + edition + "/applications").then().statusCode(201);
        assertProblem(given().contentType(ContentType.JSON).header("Idempotency-Key", "key-1").body(Fixtures.application("TOURISM"))
                .when().post("/api/v1/editions/" + edition + "/applications").then().extract().response(), 422, "idempotency-key-reused");
        assertThat(given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/applications").then().statusCode(200)
                .extract().jsonPath().getList("$")).hasSize(1);
    }

    @Test
    void scoresChangeOnlyDuringTheScoringPhase() {
        Scene s = new Scene(clock);
        clock.set(T.plusDays(11).minusSeconds(1));
        assertProblem(s.score(s.f1, s.app1, Fixtures.scores(5, 5, 5)), 409, "scoring-closed");
        clock.set(T.plusDays(11));
        s.score(s.f1, s.app1, Fixtures.scores(5, 5, 5)).then().statusCode(200);
        clock.set(T.plusDays(20));
        assertProblem(s.score(s.f1, s.app1, Fixtures.scores(9, 9, 9)), 409, "scoring-closed");
        given().auth().oauth2(Fixtures.jurorToken(s.subject(s.f1))).when().get(s.base + "/jury/me/applications/" + s.app1 + "/scores")
                .then().statusCode(200).body("scores.innovation", org.hamcrest.Matchers.equalTo(5));
    }

    private static void assertNoSheet(Scene s, String application) {
        assertThat(given().auth().oauth2(ORGANISER).when().get(s.base + "/applications/" + application + "/scores").then().statusCode(200)
                .extract().jsonPath().getList("sheets")).isEmpty();
    }
}
