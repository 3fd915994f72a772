package org.assises.programme;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.ConcurrentReads;

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
        ConcurrentReads.Result result = ConcurrentReads.run(client, request, CLIENTS, REQUESTS_PER_CLIENT);
        assertThat(result.requests()).isEqualTo(CLIENTS * REQUESTS_PER_CLIENT);
        System.out.printf("BENCHMARK latest programme (%d bytes): %d clients x %d requests: %s%n", bytes, CLIENTS, REQUESTS_PER_CLIENT,
                result);
    }
}
