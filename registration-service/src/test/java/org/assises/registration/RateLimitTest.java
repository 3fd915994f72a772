package org.assises.registration;

import static org.assises.registration.Fixtures.email;
import static org.assises.registration.Fixtures.person;
import static org.assises.registration.Fixtures.selfRegister;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.assises.testsupport.AssisesTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Self-registration from one address is limited: beyond the limit, a 429 problem with Retry-After (a low limit here). */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimit.class)
@QuarkusTestResource(AssisesTestResource.class)
class RateLimitTest {

    /** Three anonymous writes per hour and address. */
    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assises.rate-limit.anonymous-write.requests", "3", "assises.rate-limit.anonymous-write.per", "PT1H");
        }
    }

    @Test
    void theFourthAnonymousWriteFromOneAddressIs429WithRetryAfter() {
        Fixtures.seedEdition();
        String edition = Fixtures.edition(50, 50);
        for (int i = 0; i < 3; i++) {
            assertThat(selfRegister(edition, person(email())).statusCode()).isEqualTo(201);
        }
        Response throttled = assertProblem(selfRegister(edition, person(email())), 429, "too-many-requests");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isPositive();
        // Organisers' authenticated writes are not limited.
        assertThat(Fixtures.edition(1, 1)).isNotBlank();
    }
}
