package org.assises.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the test run's log ({@code target/quarkus.log}, which the platform's test profile writes) and
 * fails on any line with a NUL byte or matching a text that must never be logged (the test
 * passport numbers). Run by every service's hostile-input test and, so that it sees the whole suite's
 * log, by a plain JUnit class, which Quarkus' class orderer runs after all {@code @QuarkusTest}s.
 */
public final class LogHygiene {

    /** Where the test profile writes the log, relative to the module. */
    public static final Path LOG = Path.of("target", "quarkus.log");

    private LogHygiene() {
    }

    public static void assertClean(Set<Pattern> secrets) throws IOException {
        assertThat(LOG).as("the test log (%%test.quarkus.log.file.enabled)").exists();
        byte[] bytes = Files.readAllBytes(LOG);
        String log = new String(bytes, StandardCharsets.UTF_8);
        List<String> leaks = new ArrayList<>();
        String[] lines = log.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.indexOf('\u0000') >= 0) {
                leaks.add("line " + (i + 1) + ": NUL byte: " + line.replace("\u0000", "\\u0000"));
            }
            for (Pattern secret : secrets) {
                if (secret.matcher(line).find()) {
                    leaks.add("line " + (i + 1) + ": matches " + secret + ": " + secret.matcher(line).replaceAll("<hidden>"));
                }
            }
        }
        assertThat(leaks).as("log lines of %s that leak personal data or raw control characters", LOG).isEmpty();
    }
}
