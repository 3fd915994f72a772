package org.assises.registration;

import java.io.IOException;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.assises.testsupport.LogHygiene;

/** After the whole suite (plain JUnit classes run after the @QuarkusTests): no passport number nor NUL in its log. */
class LogHygieneTest {

    @Test
    void theSuiteLoggedNoPassportNumberNorNulByte() throws IOException {
        LogHygiene.assertClean(Set.of(HostileInputTest.PASSPORT));
    }
}
