package org.assises.registration;

import static io.restassured.RestAssured.given;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.assises.platform.security.Roles;
import org.assises.registration.repository.ParticipantRepository;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.DevTokens;
import org.assises.testsupport.WriteEndpointConformance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Bad input, missing or wrong tokens: each answered with the right problem, and nothing written. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class PlatformConformanceTest extends WriteEndpointConformance {

    private static final String VALID = """
            {"edition":"assises-2018","side":"FRENCH","familyName":"Durandal","givenName":"Odile",
             "organisation":"Commune fictive de Saint-Essai","email":"odile.durandal@example.org"}""";

    @Inject
    ParticipantRepository participants;

    @BeforeEach
    void theSeedEditionIsKnown() {
        Fixtures.seedEdition();
    }

    @Override
    protected String path() {
        return "/api/v1/participants";
    }

    @Override
    protected String validBody() {
        return VALID;
    }

    @Override
    protected String writerRole() {
        return Roles.ORGANISER;
    }

    @Override
    protected String otherRole() {
        return Roles.JURY;
    }

    @Override
    protected long recordCount() {
        return participants.count();
    }

    @Test
    void unknownEnumValueIs400WithTheField() {
        long before = participants.count();
        var response = assertProblem(post(DevTokens.forRole(Roles.ORGANISER), VALID.replace("FRENCH", "MARTIAN")), 400, "validation");
        assertThat(response.jsonPath().getString("violations[0].field")).isEqualTo("side");
        assertThat(response.jsonPath().getString("violations[0].message")).contains("FRENCH", "CHINESE");
        assertThat(participants.count()).isEqualTo(before);
    }

    @Test
    void invalidFieldsAre400WithPerFieldViolations() {
        var response = assertProblem(post(DevTokens.forRole(Roles.ORGANISER),
                VALID.replace("odile.durandal@example.org", "not-an-email").replace("\"Durandal\"", "\"\"")), 400, "validation");
        assertThat(response.jsonPath().getList("violations.field")).containsExactlyInAnyOrder("email", "familyName");
    }

    @Test
    void unknownRecordIs404Problem() {
        assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.ORGANISER))
                .when().get("/api/v1/participants/00000000-0000-0000-0000-000000000000").then().extract().response(), 404, "not-found");
    }
}
