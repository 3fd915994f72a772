package org.assises.awards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.OpenApiContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The committed contract (src/main/openapi/openapi.yaml) is the one the code serves. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class OpenApiContractTest {

    @Test
    void committedContractMatchesTheCode() throws Exception {
        assertThat(OpenApiContract.check("awards-service")).isNull();
    }
}
