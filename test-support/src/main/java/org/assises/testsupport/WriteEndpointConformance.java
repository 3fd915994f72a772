package org.assises.testsupport;

import static io.restassured.RestAssured.given;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The platform's promises on one write endpoint of a service: malformed JSON, a missing body, no
 * token, a forged token and a token without the role each get their problem response, and none of
 * them writes anything. A service's test extends this and names the endpoint.
 */
public abstract class WriteEndpointConformance {

    /** Path of a POST endpoint that creates a record. */
    protected abstract String path();

    /** A body the endpoint accepts. */
    protected abstract String validBody();

    /** A role allowed to write there. */
    protected abstract String writerRole();

    /** A role not allowed to write there. */
    protected abstract String otherRole();

    /** How many records the endpoint has created so far, read through the service itself. */
    protected abstract long recordCount();

    @Test
    void validBodyIsCreated() {
        long before = recordCount();
        Response response = post(DevTokens.forRole(writerRole()), validBody());
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        assertThat(response.header("Location")).isNotBlank();
        assertThat(recordCount()).isEqualTo(before + 1);
    }

    @Test
    void malformedJsonIs400AndWritesNothing() {
        long before = recordCount();
        assertProblem(post(DevTokens.forRole(writerRole()), validBody().substring(0, validBody().length() / 2)), 400, "malformed-json");
        assertThat(recordCount()).isEqualTo(before);
    }

    @Test
    void missingBodyIs400AndWritesNothing() {
        long before = recordCount();
        assertProblem(given().auth().oauth2(DevTokens.forRole(writerRole())).contentType(ContentType.JSON)
                .when().post(path()).then().extract().response(), 400, "validation");
        assertThat(recordCount()).isEqualTo(before);
    }

    @Test
    void unknownFieldIs400AndWritesNothing() {
        long before = recordCount();
        Response response = assertProblem(post(DevTokens.forRole(writerRole()), validBody().replaceFirst("\\{", "{\"colour\":\"red\",")),
                400, "validation");
        assertThat(response.jsonPath().getList("violations.field")).contains("colour");
        assertThat(recordCount()).isEqualTo(before);
    }

    @Test
    void noTokenIs401AndWritesNothing() {
        long before = recordCount();
        Response response = assertProblem(given().contentType(ContentType.JSON).body(validBody())
                .when().post(path()).then().extract().response(), 401, "unauthenticated");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(recordCount()).isEqualTo(before);
    }

    @Test
    void forgedTokenIs401AndWritesNothing() {
        long before = recordCount();
        String token = DevTokens.forRole(writerRole());
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmVkIGJ5IG5vYm9keQ";
        assertProblem(post(forged, validBody()), 401, "unauthenticated");
        assertThat(recordCount()).isEqualTo(before);
    }

    @Test
    void wrongRoleIs403AndWritesNothing() {
        long before = recordCount();
        assertProblem(post(DevTokens.forRole(otherRole()), validBody()), 403, "forbidden");
        assertThat(recordCount()).isEqualTo(before);
    }

    @Test
    void healthMetricsAndContractAreServed() {
        ServiceEndpoints.assertHealthMetricsAndContract();
    }

    protected Response post(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(path()).then().extract().response();
    }
}
