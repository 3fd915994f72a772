package org.assises.logistics;

import static io.restassured.RestAssured.given;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.assises.logistics.repository.DepartureRepository;
import org.assises.platform.security.Roles;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.DevTokens;
import org.assises.testsupport.WriteEndpointConformance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Bad input, missing or wrong tokens and bad parameters: each answered with the right problem, and nothing written. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class PlatformConformanceTest extends WriteEndpointConformance {

    private static String edition;

    @Inject
    DepartureRepository departures;

    @BeforeEach
    void anEditionWithARouteAndAVehicle() {
        if (edition == null) {
            edition = Fixtures.edition();
            Fixtures.places(edition);
            Fixtures.route(edition, "hdr-gala", "hotel-de-region", "gala", 10);
            Fixtures.vehicle(edition, "bus-1", 50);
        }
    }

    @Override
    protected String path() {
        return "/api/v1/editions/" + edition + "/departures";
    }

    @Override
    protected String validBody() {
        return """
                {"route":"hdr-gala","vehicle":"bus-1","departsAt":"2018-12-12T18:30:00+01:00","purpose":"GALA_DINNER"}""";
    }

    @Override
    protected String writerRole() {
        return Roles.LOGISTICS;
    }

    @Override
    protected String otherRole() {
        return Roles.APCAE;
    }

    @Override
    protected long recordCount() {
        return departures.count();
    }

    @Test
    void wrongRoleOnAReadIs403() {
        assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.APCAE))
                .when().get("/api/v1/participants?edition=assises-2018").then().extract().response(), 403, "forbidden");
    }

    @Test
    void outOfRangeParametersAre400WithTheField() {
        var response = assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.LOGISTICS))
                .when().get("/api/v1/participants?size=100000").then().extract().response(), 400, "validation");
        assertThat(response.jsonPath().getList("violations.field")).containsExactlyInAnyOrder("edition", "size");
        assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.LOGISTICS))
                .when().get("/api/v1/editions/" + edition + "/changes?since=yesterday").then().extract().response(), 400, "invalid-parameter");
        assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.LOGISTICS))
                .when().get("/api/v1/editions/" + edition + "/changes").then().extract().response(), 400, "validation");
    }

    @Test
    void malformedIdIs404() {
        assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.LOGISTICS))
                .when().get("/api/v1/participants/not-a-uuid").then().extract().response(), 404, "not-found");
    }
}
