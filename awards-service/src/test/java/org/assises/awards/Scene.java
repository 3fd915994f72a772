package org.assises.awards;

import static io.restassured.RestAssured.given;
import static org.assises.awards.Fixtures.ORGANISER;
import static org.assises.awards.Fixtures.T;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A small call for the failure-path tests, on the test calendar ({@link Fixtures#T}): two eligible
 * applications, two French and two Chinese jurors, each application assigned to one juror of each
 * side ({@code f1}, {@code c1} on {@code app1}; {@code f2}, {@code c2} on {@code app2}), a tourism prize
 * of one place. The clock is left in the scoring phase.
 */
final class Scene {

    final String edition;
    final String base;
    final String app1;
    final String token1;
    final String app2;
    final String token2;
    final String f1;
    final String f2;
    final String c1;
    final String c2;
    final String prize;

    Scene(TestClock clock) {
        edition = Fixtures.edition();
        base = "/api/v1/editions/" + edition;
        clock.set(T.plusDays(1));
        Fixtures.setCall(edition, Fixtures.callBody(2, 1, "MEDIAN", 2));
        prize = Fixtures.prize(edition, "tourism", "TOURISM", 1);
        String[] a1 = Fixtures.submitted(edition, Fixtures.application("TOURISM"));
        String[] a2 = Fixtures.submitted(edition, Fixtures.application("TOURISM"));
        app1 = a1[0];
        token1 = a1[1];
        app2 = a2[0];
        token2 = a2[1];
        Fixtures.screen(edition, app1, "ELIGIBLE", null);
        Fixtures.screen(edition, app2, "ELIGIBLE", null);
        f1 = Fixtures.juror(edition, "FRENCH");
        f2 = Fixtures.juror(edition, "FRENCH");
        c1 = Fixtures.juror(edition, "CHINESE");
        c2 = Fixtures.juror(edition, "CHINESE");
        Fixtures.assign(edition, f1, app1);
        Fixtures.assign(edition, c1, app1);
        Fixtures.assign(edition, f2, app2);
        Fixtures.assign(edition, c2, app2);
        clock.set(T.plusDays(12));
    }

    String subject(String juror) {
        return Fixtures.subjectOf(edition, juror);
    }

    Response score(String juror, String application, String body) {
        return Fixtures.score(edition, subject(juror), application, body);
    }

    /** Every juror scores; the scoring phase ends; the deliberation opens with {@code present}. */
    void scoreAllAndDeliberate(TestClock clock, String... present) {
        score(f1, app1, Fixtures.scores(9, 8, 8)).then().statusCode(200);
        score(c1, app1, Fixtures.scores(8, 8, 7)).then().statusCode(200);
        score(f2, app2, Fixtures.scores(6, 6, 6)).then().statusCode(200);
        score(c2, app2, Fixtures.scores(5, 6, 6)).then().statusCode(200);
        clock.set(T.plusDays(21));
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"heldAt\":\"%s\",\"present\":[\"%s\"]}".formatted(T.plusDays(21), String.join("\",\"", present)))
                .when().post(base + "/deliberation").then().statusCode(201);
    }

    Response decide(String application, String outcome, String prizeId, int yes) {
        return Fixtures.decide(edition, application, outcome, prizeId, yes, null);
    }

    void close() {
        given().auth().oauth2(ORGANISER).when().post(base + "/deliberation/closing").then().statusCode(200);
    }
}
