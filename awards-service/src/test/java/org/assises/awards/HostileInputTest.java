package org.assises.awards;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.HostileInputConformance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The contract-driven hostile-input test on awards-service's contract, on an edition of its own that
 * awards knows and that has a call, so hostile bodies reach the validation of each endpoint.
 */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class HostileInputTest extends HostileInputConformance {

    private static final String EDITION = "hostile-2026";

    @BeforeEach
    void editionWithACall() {
        Fixtures.announce(EDITION);
        Fixtures.setCall(EDITION, Fixtures.callBody(2, 1, "MEAN", 2));
    }

    @Override
    protected Map<String, String> pathValues() {
        return Map.of("code", EDITION, "edition", EDITION);
    }
}
