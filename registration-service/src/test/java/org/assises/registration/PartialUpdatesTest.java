package org.assises.registration;

import static io.restassured.RestAssured.given;
import static org.assises.registration.Fixtures.ORGANISER;
import static org.assises.registration.Fixtures.email;
import static org.assises.registration.Fixtures.person;
import static org.assises.registration.Fixtures.selfRegister;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.assises.testsupport.AssisesTestResource;

/** Merge patches (RFC 7396) on registration's editable resources: a registration with its token, the quotas. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class PartialUpdatesTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void theHolderChangesOneFieldAndKeepsTheRest() {
        String edition = Fixtures.edition(5, 5);
        Response created = selfRegister(edition, person(email()));
        String id = created.path("id");
        String token = created.path("managementToken");

        Response changed = patchRegistration(id, token, "{\"hotelNeeded\": false, \"dietaryNeeds\": null}");
        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
        assertThat(changed.jsonPath().getBoolean("hotelNeeded")).isFalse();
        assertThat(changed.jsonPath().getString("dietaryNeeds")).isNull();
        assertThat(changed.jsonPath().getList("workshops")).containsExactly("workshop-tourism", "workshop-agriculture");
        assertThat(changed.jsonPath().getString("fieldVisit")).isEqualTo("visit-regal");
        assertThat(changed.jsonPath().getString("arrival.transport")).isEqualTo("TGV 8511");

        Response moved = patchRegistration(id, token, "{\"workshops\": [\"workshop-tourism\", \"workshop-sustainable-city\"]}");
        assertThat(moved.statusCode()).as(moved.asString()).isEqualTo(200);
        assertThat(moved.jsonPath().getList("workshops")).containsExactly("workshop-tourism", "workshop-sustainable-city");

        Response invalid = assertProblem(patchRegistration(id, token, "{\"email\": \"not an address\"}"), 400, "validation");
        assertThat(invalid.jsonPath().getList("violations.field")).containsExactly("email");
        assertProblem(patchRegistration(id, token, "{\"familyName\": null}"), 400, "validation");
        assertProblem(patchRegistration(id, token + "x", "{\"hotelNeeded\": true}"), 404, "not-found");
        assertThat(given().header("X-Registration-Token", token).when().get("/api/v1/registrations/" + id).then().statusCode(200)
                .extract().jsonPath().getString("email")).contains("@example.org");
    }

    @Test
    void anOrganiserChangesOneQuotaOnly() {
        String edition = Fixtures.edition(10, 4, 6, 5);
        Response changed = given().auth().oauth2(ORGANISER).contentType(MERGE_PATCH)
                .body("{\"french\": 3}".getBytes(StandardCharsets.UTF_8))
                .when().patch("/api/v1/editions/" + edition + "/quotas").then().extract().response();
        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
        assertThat(changed.jsonPath().getInt("french.size")).isEqualTo(3);
        assertThat(changed.jsonPath().getInt("chinese.size")).isEqualTo(6);
        assertThat(changed.jsonPath().getInt("total.size")).isEqualTo(10);
        assertProblem(given().auth().oauth2(ORGANISER).contentType(MERGE_PATCH).body("{\"french\": -1}".getBytes(StandardCharsets.UTF_8))
                .when().patch("/api/v1/editions/" + edition + "/quotas").then().extract().response(), 400, "validation");
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body("{\"french\": 3}")
                .when().patch("/api/v1/editions/" + edition + "/quotas").then().statusCode(415);
    }

    private static Response patchRegistration(String id, String token, String patch) {
        return given().header("X-Registration-Token", token).contentType(MERGE_PATCH).body(patch.getBytes(StandardCharsets.UTF_8))
                .when().patch("/api/v1/registrations/" + id).then().extract().response();
    }
}
