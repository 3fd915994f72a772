package org.assises.registration;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.HostileInputConformance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The contract-driven hostile-input test on registration-service's contract. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class HostileInputTest extends HostileInputConformance {

    /** The test passport numbers: E or G and eight digits. */
    static final Pattern PASSPORT = Pattern.compile("\\b[EG]\\d{8}\\b");

    @Override
    protected Map<String, String> pathValues() {
        return Map.of("code", "assises-2018", "edition", "assises-2018");
    }

    @Override
    protected boolean refusedInBody(String method, String path, Response response) {
        // A delegation push rejects a bad member alone and reports it.
        return path.contains("/delegations/") && response.asString().contains("\"REJECTED\"");
    }

    @Override
    protected Set<Pattern> secretsNeverLogged() {
        return Set.of(PASSPORT);
    }
}
