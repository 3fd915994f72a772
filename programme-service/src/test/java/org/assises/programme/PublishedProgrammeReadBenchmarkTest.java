package org.assises.programme;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.assises.testsupport.AssisesTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Benchmark, skipped by default ({@code -Dassises.benchmark=true}): 64 concurrent anonymous clients read
 * the latest published 2018 programme; prints throughput and latency percentiles.
 */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
@EnabledIfSystemProperty(named = "assises.benchmark", matches = "true")
class PublishedProgrammeReadBenchmarkTest {

    private static final int CLIENTS = 64;
    private static final int REQUESTS_PER_CLIENT = 400;

    @TestHTTPResource("/api/v1/editions/assises-2018/versions/latest")
    URL latest;

    @Test
    void latestProgrammeUnder64ConcurrentClients() throws Exception {
        given().auth().oauth2(Fixtures.ORGANISER).when().post("/api/v1/editions/assises-2018/reference-programme");
        Fixtures.publish("assises-2018", true).then().statusCode(201);
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(latest.toString())).timeout(Duration.ofSeconds(30)).GET().build();
        int bytes = client.send(request, HttpResponse.BodyHandlers.ofString()).body().length();
        for (int i = 0; i < 500; i++) {
            client.send(request, HttpResponse.BodyHandlers.discarding());
        }

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            results.add(pool.submit(() -> {
                long[] latencies = new long[REQUESTS_PER_CLIENT];
                go.await();
                for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                    long start = System.nanoTime();
                    HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                    latencies[i] = System.nanoTime() - start;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("status " + response.statusCode());
                    }
                }
                return latencies;
            }));
        }
        long begin = System.nanoTime();
        go.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            for (long l : result.get()) {
                all.add(l);
            }
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();
        all.sort(Long::compare);
        assertThat(all).hasSize(CLIENTS * REQUESTS_PER_CLIENT);
        System.out.printf("BENCHMARK latest programme (%d bytes): %d clients x %d requests in %.2f s -> %.0f requests/s; "
                + "latency p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", bytes, CLIENTS, REQUESTS_PER_CLIENT, seconds,
                all.size() / seconds, all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.99)) / 1e6,
                all.get(all.size() - 1) / 1e6);
    }
}
