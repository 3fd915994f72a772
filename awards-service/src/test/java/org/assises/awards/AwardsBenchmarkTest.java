package org.assises.awards;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assises.awards.Fixtures.ORGANISER;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.assises.awards.domain.Standings;
import org.assises.awards.service.ResultsService;
import org.assises.awards.service.ScoringService;
import org.assises.contracts.Theme;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.ConcurrentReads;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Benchmark, skipped by default ({@code -Dassises.benchmark=true}): the 2018 call with 300 applications
 * scored by 30 jurors on its 6 criteria, 5% of the sheets taken out by confirmed conflicts; prints the
 * time to compute every aggregate and the ranking of every prize (alone, and with the database load),
 * then the public laureates list under 64 concurrent clients (throughput, latency percentiles).
 */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
@EnabledIfSystemProperty(named = "assises.benchmark", matches = "true")
class AwardsBenchmarkTest {

    private static final int APPLICATIONS = 300;
    private static final int JURORS = 30;
    private static final int CLIENTS = 64;
    private static final int REQUESTS_PER_CLIENT = 400;
    private static final OffsetDateTime CEREMONY = OffsetDateTime.parse("2018-12-13T09:00:00+01:00");

    @Inject
    TestClock clock;

    @Inject
    DataSource dataSource;

    @Inject
    ScoringService scoring;

    @Inject
    ResultsService results;

    @TestHTTPResource("/api/v1/editions")
    URL editions;

    @Test
    void rankingThenPublicLaureatesUnderLoad() throws Exception {
        String edition = Fixtures.edition();
        clock.set(OffsetDateTime.parse("2018-09-10T10:00:00+02:00"));
        given().auth().oauth2(ORGANISER).when().post("/api/v1/editions/" + edition + "/call/reference/assises-2018").then().statusCode(200);
        List<UUID> apps = seed(edition);

        // Aggregates and ranking: the pure computation, then with the database load.
        ScoringService.Ranking loaded = scoring.ranking(edition);
        List<Standings.Candidate> candidates = loaded.applications().values().stream()
                .map(a -> new Standings.Candidate(a.id, a.theme)).toList();
        List<Standings.Sheet> sheets = sheetsOf(loaded);
        assertThat(sheets).hasSize(APPLICATIONS * JURORS);
        for (int i = 0; i < 50; i++) {
            rankAll(loaded, candidates, sheets);
        }
        long[] compute = new long[100];
        for (int i = 0; i < compute.length; i++) {
            long start = System.nanoTime();
            rankAll(loaded, candidates, sheets);
            compute[i] = System.nanoTime() - start;
        }
        long[] withDatabase = new long[20];
        for (int i = 0; i < withDatabase.length; i++) {
            long start = System.nanoTime();
            ScoringService.Ranking ranking = scoring.ranking(edition);
            ranking.prizes().forEach(p -> ranking.standings().ranking(p.theme));
            withDatabase[i] = System.nanoTime() - start;
        }
        Arrays.sort(compute);
        Arrays.sort(withDatabase);
        System.out.printf("BENCHMARK ranking %d applications x %d jurors x 6 criteria (5%% conflicted): compute every aggregate and "
                + "the 6 prize rankings median %.2f ms, p99 %.2f ms; with the database load median %.1f ms, max %.1f ms%n",
                APPLICATIONS, JURORS, compute[50] / 1e6, compute[99] / 1e6, withDatabase[10] / 1e6, withDatabase[19] / 1e6);

        // The public laureates list after the ceremony, under 64 concurrent clients.
        clock.set(CEREMONY);
        results.publishDue();
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(editions + "/" + edition + "/results"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> first = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains(apps.get(0).toString());
        ConcurrentReads.Result load = ConcurrentReads.run(client, request, CLIENTS, REQUESTS_PER_CLIENT);
        assertThat(load.requests()).isEqualTo(CLIENTS * REQUESTS_PER_CLIENT);
        System.out.printf("BENCHMARK public laureates list (%d bytes), %d clients: %s%n", first.body().length(), CLIENTS, load);
    }

    private static void rankAll(ScoringService.Ranking loaded, List<Standings.Candidate> candidates, List<Standings.Sheet> sheets) {
        Standings standings = Standings.compute(loaded.standings().rulebook(), candidates, sheets);
        for (var prize : loaded.prizes()) {
            standings.ranking(prize.theme);
        }
    }

    private List<Standings.Sheet> sheetsOf(ScoringService.Ranking loaded) throws Exception {
        List<Standings.Sheet> sheets = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("""
                SELECT s.juror_id, j.side, s.application_id, s.scores::text, EXISTS (SELECT 1 FROM conflict k WHERE k.juror_id = s.juror_id
                  AND k.application_id = s.application_id AND k.status = 'CONFIRMED') FROM score_sheet s JOIN juror j ON j.id = s.juror_id
                WHERE s.edition = ?""")) {
            q.setString(1, loaded.call().edition);
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    @SuppressWarnings("unchecked")
                    java.util.Map<String, Integer> scores = Fixtures.JSON.readValue(rs.getString(4), java.util.Map.class);
                    sheets.add(new Standings.Sheet(rs.getObject(1, UUID.class), org.assises.contracts.Side.valueOf(rs.getString(2)),
                            rs.getObject(3, UUID.class), scores, rs.getBoolean(5)));
                }
            }
        }
        return sheets;
    }

    /** 300 applications under review, 30 jurors (15 per side), every juror scoring every application, 5% conflicts, a closed deliberation. */
    private List<UUID> seed(String edition) throws Exception {
        Random random = new Random(2018);
        Timestamp now = Timestamp.from(Instant.parse("2018-10-10T08:00:00Z"));
        List<UUID> apps = new ArrayList<>();
        List<UUID> jurors = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO application (id, edition, theme, status, french_government_fr, french_government_zh, french_region,
                      chinese_government_fr, chinese_government_zh, chinese_province, title_fr, title_zh, summary_fr, summary_zh,
                      innovation, results, film_url, contacts, token_hash, submitted_at, updated_at)
                    VALUES (?, ?, ?, 'UNDER_REVIEW', ?, ?, 'Occitanie', ?, ?, 'Sichuan', ?, ?, 'Résumé', '摘要', 'Innovation', 'Résultats',
                      'https://films.example.org/x', '[]'::jsonb, repeat('0', 64), ?, ?)""")) {
                for (int i = 0; i < APPLICATIONS; i++) {
                    UUID id = UUID.randomUUID();
                    apps.add(id);
                    insert.setObject(1, id);
                    insert.setString(2, edition);
                    insert.setString(3, Theme.values()[i % 3].name());
                    insert.setString(4, "Commune fictive " + i);
                    insert.setString(5, "虚构市" + i);
                    insert.setString(6, "Ville fictive " + i);
                    insert.setString(7, "虚构县" + i);
                    insert.setString(8, "Projet " + i);
                    insert.setString(9, "项目" + i);
                    insert.setTimestamp(10, now);
                    insert.setTimestamp(11, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO juror (id, edition, subject, name, side, organisation, partnerships, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, '[]'::jsonb, ?)""")) {
                for (int j = 0; j < JURORS; j++) {
                    UUID id = UUID.randomUUID();
                    jurors.add(id);
                    insert.setObject(1, id);
                    insert.setString(2, edition);
                    insert.setString(3, "bench-juror-" + j);
                    insert.setString(4, "Juré fictif " + j);
                    insert.setString(5, j % 2 == 0 ? "FRENCH" : "CHINESE");
                    insert.setString(6, "Organisation fictive " + j);
                    insert.setTimestamp(7, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement sheet = c.prepareStatement("""
                    INSERT INTO score_sheet (juror_id, application_id, edition, scores, updated_at) VALUES (?, ?, ?, ?::jsonb, ?)""");
                    PreparedStatement conflict = c.prepareStatement("""
                    INSERT INTO conflict (id, edition, juror_id, application_id, type, status, origin, reason, created_at)
                    VALUES (?, ?, ?, ?, 'OTHER', 'CONFIRMED', 'ORGANISER', 'benchmark', ?)""")) {
                for (UUID app : apps) {
                    for (UUID juror : jurors) {
                        sheet.setObject(1, juror);
                        sheet.setObject(2, app);
                        sheet.setString(3, edition);
                        sheet.setString(4, ("{\"innovation\":%d,\"results\":%d,\"reproducibility\":%d,\"reciprocity\":%d,"
                                + "\"sustainability\":%d,\"film\":%d}").formatted(random.nextInt(11), random.nextInt(11), random.nextInt(11),
                                        random.nextInt(11), random.nextInt(11), random.nextInt(11)));
                        sheet.setTimestamp(5, now);
                        sheet.addBatch();
                        if (random.nextInt(100) < 5) {
                            conflict.setObject(1, UUID.randomUUID());
                            conflict.setString(2, edition);
                            conflict.setObject(3, juror);
                            conflict.setObject(4, app);
                            conflict.setTimestamp(5, now);
                            conflict.addBatch();
                        }
                    }
                }
                sheet.executeBatch();
                conflict.executeBatch();
            }
            try (PreparedStatement deliberation = c.prepareStatement("""
                    INSERT INTO deliberation (edition, status, held_at, present, opened_by, closed_at, closed_by)
                    VALUES (?, 'CLOSED', ?, '[]'::jsonb, 'bench', ?, 'bench')""");
                    PreparedStatement decision = c.prepareStatement("""
                    INSERT INTO decision (application_id, edition, outcome, prize_id, votes_for, votes_against, abstentions, reason,
                      decided_at, decided_by)
                    SELECT ?, ?, 'LAUREATE', p.id, 10, 0, 0, 'benchmark', ?, 'bench' FROM prize p WHERE p.edition = ? AND p.code = ?""")) {
                deliberation.setString(1, edition);
                deliberation.setTimestamp(2, now);
                deliberation.setTimestamp(3, now);
                deliberation.executeUpdate();
                String[] codes = {"tourism", "agriculture-food", "sustainable-city"};
                for (int i = 0; i < 3; i++) {
                    decision.setObject(1, apps.get(i));
                    decision.setString(2, edition);
                    decision.setTimestamp(3, now);
                    decision.setString(4, edition);
                    decision.setString(5, codes[i]);
                    decision.executeUpdate();
                }
            }
            c.commit();
        }
        return apps;
    }
}
