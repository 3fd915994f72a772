package org.assises.programme;

import java.io.IOException;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.assises.testsupport.LogHygiene;

/** After the whole suite (plain JUnit classes run after the @QuarkusTests): no NUL byte in its log. */
class LogHygieneTest {

    @Test
    void theSuiteLoggedNoNulByte() throws IOException {
        LogHygiene.assertClean(Set.of());
    }
}
