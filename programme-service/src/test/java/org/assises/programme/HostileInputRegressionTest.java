package org.assises.programme;

import static io.restassured.RestAssured.given;
import static org.assises.programme.Fixtures.ORGANISER;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.assises.testsupport.AssisesTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The hostile inputs of issue #8 on programme's endpoints: each a 4xx problem, never a 500, an empty body or a 404 for a bad method. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class HostileInputRegressionTest {

    @Test
    void aNulInThePathIs400() {
        assertProblem(given().urlEncodingEnabled(false).when().get("/api/v1/editions/x%00y").then().extract().response(),
                400, "validation");
        assertProblem(given().urlEncodingEnabled(false).when().get("/api/v1/editions/x%00y/sessions").then().extract().response(),
                400, "validation");
    }

    @Test
    void duplicateKeysAndFractionsInATalkAre400() {
        String edition = Fixtures.edition("hostile");
        String session = Fixtures.createSession(edition, Fixtures.session("workshop-tourism", "PLENARY_WORKSHOP", null,
                "2018-12-12T10:30:00+01:00", "2018-12-12T12:30:00+01:00"));
        String speaker = Fixtures.speaker(edition, "Zhou Lan", "周兰");
        String path = "/api/v1/editions/" + edition + "/sessions/" + session + "/interventions";
        Response duplicate = given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"speakerId\":\"" + speaker + "\",\"title\":{\"fr\":\"Essai\",\"zh\":\"测试\"},\"position\":1,\"position\":1}")
                .when().post(path).then().extract().response();
        assertProblem(duplicate, 400, "malformed-json");
        Response fraction = given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"speakerId\":\"" + speaker + "\",\"title\":{\"fr\":\"Essai\",\"zh\":\"测试\"},\"position\":1.5}")
                .when().post(path).then().extract().response();
        assertThat(assertProblem(fraction, 400, "validation").jsonPath().getString("violations[0].field")).isEqualTo("position");
    }

    @Test
    void anUndeclaredMethodIs405WithAProblem() {
        assertProblem(given().auth().oauth2(ORGANISER).when().delete("/api/v1/editions/assises-2018/sessions").then().extract().response(),
                405, "method-not-allowed");
        assertProblem(given().auth().oauth2(ORGANISER).when().patch("/api/v1/editions/assises-2018/venues").then().extract().response(),
                405, "method-not-allowed");
    }
}
