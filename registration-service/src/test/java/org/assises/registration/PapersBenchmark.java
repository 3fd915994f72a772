package org.assises.registration;

import static io.restassured.RestAssured.given;
import static org.assises.registration.Fixtures.ORGANISER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.assises.registration.repository.CheckInRepository;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.PrintedDocuments;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The papers at full size, against the running service (HTTP, real PostgreSQL and Kafka), skipped unless
 * {@code -Dassises.benchmark=true}: a delegation's 300 letters as one PDF, all 500 badges as one print
 * file, then 500 scans from 8 devices at once (throughput and p99 of a scan). Figures are printed;
 * correctness (page counts, every QR decoded, 500 check-ins) is asserted.
 */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
@EnabledIfSystemProperty(named = "assises.benchmark", matches = "true")
class PapersBenchmark {

    static final int DEVICES = 8;

    @TestHTTPResource("/")
    URL base;

    @Inject
    CheckInRepository checkIns;

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(DEVICES)).build();

    @Test
    void lettersBadgesAndTheDoorForFiveHundred() throws Exception {
        String edition = Fixtures.edition(500, 200, 300, 1000);
        Papers.letterSettings(edition);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            members.add(DelegationPushTest.member("SC-" + i, "Wang", "王丽霞", i % 10 == 0));
        }
        assertThat(Papers.push(DelegationPushTest.APCAE, edition, "SICHUAN-BENCH", members)).hasSize(300);
        for (int i = 0; i < 200; i++) {
            Fixtures.selfRegister(edition, Fixtures.person(Fixtures.email())).then().statusCode(201);
        }
        // Warm-up: the first PDF loads the font and the renderer's classes.
        given().auth().oauth2(ORGANISER).queryParam("delegation", "SICHUAN-BENCH").when().post("/api/v1/editions/" + edition + "/badges")
                .then().statusCode(200);

        long t0 = System.nanoTime();
        Response letters = given().auth().oauth2(DelegationPushTest.APCAE).when()
                .post("/api/v1/editions/" + edition + "/delegations/SICHUAN-BENCH/invitation-letters").then().statusCode(200).extract().response();
        double lettersMs = (System.nanoTime() - t0) / 1e6;
        byte[] lettersPdf = letters.asByteArray();
        assertThat(PrintedDocuments.pageCount(lettersPdf)).isEqualTo(300);
        System.out.printf("%n[benchmark papers a] a delegation's 300 invitation letters as one PDF: %.0f ms, %d pages, %.1f MB%n",
                lettersMs, 300, lettersPdf.length / 1e6);

        t0 = System.nanoTime();
        Response badges = given().auth().oauth2(ORGANISER).when().post("/api/v1/editions/" + edition + "/badges")
                .then().statusCode(200).extract().response();
        double badgesMs = (System.nanoTime() - t0) / 1e6;
        byte[] sheet = badges.asByteArray();
        int pages = PrintedDocuments.pageCount(sheet);
        assertThat(badges.header("Assises-Badge-Count")).isEqualTo("500");
        assertThat(pages).isEqualTo(125);
        System.out.printf("[benchmark papers b] all 500 badges as one print file (A4 sheets of 4): %.0f ms, %d pages, %.1f MB%n",
                badgesMs, pages, sheet.length / 1e6);

        List<String> secrets = new ArrayList<>();
        for (int page = 0; page < pages; page++) {
            secrets.addAll(PrintedDocuments.qrCodes(PrintedDocuments.render(sheet, page, 100)));
        }
        assertThat(secrets).hasSize(500).doesNotHaveDuplicates();

        UUID warm = Papers.list(edition, """
                {"code":"warm-up","name":{"fr":"Essai","zh":"测试"},"kind":"OTHER","admits":"ALL_CONFIRMED"}""");
        for (int i = 0; i < 40; i++) {
            scan(warm, secrets.get(i), "warm-up-" + i);
        }
        UUID entry = Papers.entryList(edition);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService devices = Executors.newFixedThreadPool(DEVICES);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int d = 0; d < DEVICES; d++) {
            int device = d;
            runs.add(devices.submit(() -> {
                start.await();
                int ok = 0;
                for (int i = device; i < secrets.size(); i += DEVICES) {
                    long s0 = System.nanoTime();
                    String answer = scan(entry, secrets.get(i), "bench-" + device + "-" + i);
                    latencies.add(System.nanoTime() - s0);
                    ok += answer.contains("\"result\":\"OK\"") ? 1 : 0;
                }
                return ok;
            }));
        }
        t0 = System.nanoTime();
        start.countDown();
        int ok = 0;
        for (Future<Integer> run : runs) {
            ok += run.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        devices.shutdown();
        System.out.printf("[benchmark papers c] 500 scans from %d devices at once: %.2f s, %.0f scans/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms,"
                + " %d OK%n", DEVICES, seconds, 500 / seconds, percentile(latencies, 50), percentile(latencies, 99), percentile(latencies, 100), ok);
        assertThat(ok).isEqualTo(500);
        assertThat(QuarkusTransaction.requiringNew().call(() -> checkIns.checkIns(entry).size())).isEqualTo(500);
    }

    private String scan(UUID list, String secret, String nonce) throws Exception {
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("secret", secret, "nonce", nonce,
                "device", "door-" + nonce.hashCode() % DEVICES));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/checkin-lists/" + list + "/scans"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + ORGANISER)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
