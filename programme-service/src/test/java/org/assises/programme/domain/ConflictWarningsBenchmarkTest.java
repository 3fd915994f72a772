package org.assises.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.assises.programme.domain.ProgrammeState.Slot;
import org.assises.programme.domain.ProgrammeState.Talk;

/**
 * Benchmark, skipped by default ({@code -Dassises.benchmark=true}): all warnings of a programme of 1,000
 * sessions and 3,000 talks, with 500 participants' sign-ups, timed over repeated runs after warm-up.
 */
@EnabledIfSystemProperty(named = "assises.benchmark", matches = "true")
class ConflictWarningsBenchmarkTest {

    private static final int SESSIONS = 1_000;
    private static final int TALKS = 3_000;
    private static final int ROOMS = 40;
    private static final int SPEAKERS = 900;
    private static final int PARTICIPANTS = 500;

    @Test
    void thousandSessionsThreeThousandTalks() {
        ProgrammeState state = programme(new Random(2018));
        int expected = ConflictWarnings.of(state).size();
        int warnings = expected;
        for (int i = 0; i < 200; i++) {
            warnings = ConflictWarnings.of(state).size();
        }
        int runs = 500;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            warnings = ConflictWarnings.of(state).size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        System.out.printf("BENCHMARK warnings: %d sessions, %d talks, %d participants -> %d warnings; over %d runs: "
                + "mean %.2f ms, median %.2f ms, p99 %.2f ms, max %.2f ms%n", SESSIONS, TALKS, PARTICIPANTS, warnings, runs, mean,
                nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.99)] / 1e6, nanos[runs - 1] / 1e6);
        // A random programme this dense has clashes; the same state gives the same warnings on every run.
        assertThat(warnings).isPositive().isEqualTo(expected);
    }

    /** Three days of sessions of 30 minutes to 3 hours in 40 rooms, talks spread over 900 speakers. */
    static ProgrammeState programme(Random random) {
        Instant firstDay = Instant.parse("2018-12-11T07:00:00Z");
        SessionKind[] kinds = SessionKind.values();
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            Instant start = firstDay.plusSeconds(86_400L * random.nextInt(3) + 900L * random.nextInt(48));
            Instant end = start.plusSeconds(1_800L * (1 + random.nextInt(6)));
            UUID room = new UUID(0, random.nextInt(ROOMS));
            slots.add(new Slot(UUID.randomUUID(), "s-" + i, kinds[random.nextInt(kinds.length)], room, start, end,
                    20 + random.nextInt(200), i < 3));
        }
        List<Talk> talks = new ArrayList<>();
        for (int i = 0; i < TALKS; i++) {
            talks.add(new Talk(UUID.randomUUID(), slots.get(random.nextInt(SESSIONS)).id(), new UUID(1, random.nextInt(SPEAKERS)), 15));
        }
        Map<String, Integer> signUps = new HashMap<>();
        Map<UUID, List<String>> picks = new HashMap<>();
        for (int p = 0; p < PARTICIPANTS; p++) {
            List<String> chosen = List.of("s-" + random.nextInt(SESSIONS), "s-" + random.nextInt(SESSIONS), "s-" + random.nextInt(SESSIONS));
            picks.put(UUID.randomUUID(), chosen);
            chosen.forEach(code -> signUps.merge(code, 1, Integer::sum));
        }
        return new ProgrammeState(new ProgrammeState.Days(LocalDate.of(2018, 12, 11), LocalDate.of(2018, 12, 13),
                ZoneId.of("Europe/Paris")), slots, talks, signUps, picks);
    }
}
