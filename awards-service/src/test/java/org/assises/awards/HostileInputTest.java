package org.assises.awards;

import java.util.Map;

import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.HostileInputConformance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The contract-driven hostile-input test on awards-service's contract. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class HostileInputTest extends HostileInputConformance {

    @Override
    protected Map<String, String> pathValues() {
        return Map.of("code", "hostile-2026", "edition", "hostile-2026");
    }
}
