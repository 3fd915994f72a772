package org.assises.programme;

import static io.restassured.RestAssured.given;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.assises.platform.security.Roles;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.DevTokens;
import org.assises.testsupport.WriteEndpointConformance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Bad input, missing or wrong tokens on the venues endpoint: the right problem, nothing written. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class PlatformConformanceTest extends WriteEndpointConformance {

    private static final String PATH = "/api/v1/editions/conformance-test/venues";

    @Override
    protected String path() {
        return PATH;
    }

    @Override
    protected String validBody() {
        return """
                {"name":{"fr":"Salle fictive des Essais","zh":"测试厅"},"address":"1 rue Imaginaire, Toulouse"}""";
    }

    @Override
    protected String writerRole() {
        return Roles.ORGANISER;
    }

    @Override
    protected String otherRole() {
        return Roles.APCAE;
    }

    @Override
    protected long recordCount() {
        return given().when().get(PATH).then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void missingChineseNameIs400OnThatField() {
        var response = assertProblem(post(DevTokens.forRole(Roles.ORGANISER), """
                {"name":{"fr":"Salle sans traduction","zh":" "}}"""), 400, "validation");
        assertThat(response.jsonPath().getList("violations.field")).containsExactly("name.zh");
    }
}
