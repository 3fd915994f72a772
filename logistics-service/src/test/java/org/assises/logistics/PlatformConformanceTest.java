package org.assises.logistics;

import static io.restassured.RestAssured.given;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.assises.platform.security.Roles;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.DevTokens;
import org.assises.testsupport.ServiceEndpoints;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Missing or wrong tokens and bad parameters get the right problem. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class PlatformConformanceTest {

    @Test
    void noTokenIs401() {
        assertProblem(given().when().get("/api/v1/participants?edition=assises-2018").then().extract().response(), 401, "unauthenticated");
    }

    @Test
    void wrongRoleIs403() {
        assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.APCAE))
                .when().get("/api/v1/participants?edition=assises-2018").then().extract().response(), 403, "forbidden");
    }

    @Test
    void outOfRangeParametersAre400WithTheField() {
        var response = assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.LOGISTICS))
                .when().get("/api/v1/participants?size=100000").then().extract().response(), 400, "validation");
        assertThat(response.jsonPath().getList("violations.field")).containsExactlyInAnyOrder("edition", "size");
    }

    @Test
    void malformedIdIs404() {
        assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.LOGISTICS))
                .when().get("/api/v1/participants/not-a-uuid").then().extract().response(), 404, "not-found");
    }

    @Test
    void healthMetricsAndContractAreServed() {
        ServiceEndpoints.assertHealthMetricsAndContract();
    }
}
