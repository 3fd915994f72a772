package org.assises.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;

/** Checks that a response is an RFC 9457 problem of the expected status and type, and no stack trace. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** Asserts the problem and returns the response for further checks. */
    public static Response assertProblem(Response response, int status, String typeSlug) {
        assertThat(response.statusCode()).as("status of %s", response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:assises:problem:" + typeSlug);
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(response.jsonPath().getString("title")).isNotBlank();
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
        assertThat(response.asString()).doesNotContain("\tat ").doesNotContain("Exception");
        return response;
    }
}
