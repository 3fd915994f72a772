package org.assises.registration;

import static org.assises.registration.Fixtures.email;
import static org.assises.registration.Fixtures.person;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.assises.contracts.ParticipantStatus;
import org.assises.contracts.Side;
import org.assises.registration.repository.ParticipantRepository;
import org.assises.registration.repository.QuotaRepository;
import org.assises.testsupport.AssisesTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Benchmarks against the running service (HTTP, real PostgreSQL and Kafka), skipped unless
 * {@code -Dassises.benchmark=true}: (a) a registration rush of N concurrent clients, (b) 1,000
 * concurrent attempts for the last 10 seats, (c) a 300-member APCAE push and the same push again.
 * Figures are printed; correctness (no oversold seat, exactly 10 confirmed) is asserted.
 */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
@EnabledIfSystemProperty(named = "assises.benchmark", matches = "true")
class RegistrationBenchmark {

    static final int CLIENTS = Integer.getInteger("assises.benchmark.clients", 64);
    static final int PER_CLIENT = Integer.getInteger("assises.benchmark.per-client", 20);

    @TestHTTPResource("/")
    URL base;

    @Inject
    ParticipantRepository participants;

    @Inject
    QuotaRepository quotas;

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16)).build();

    @Test
    void registrationRush() throws Exception {
        int total = CLIENTS * PER_CLIENT;
        int seats = total * 3 / 4;
        String edition = Fixtures.edition(seats, seats, 0, total * 2);
        warmUp(edition);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < PER_CLIENT; i++) {
                    long t0 = System.nanoTime();
                    int status = register(edition);
                    latencies.add(System.nanoTime() - t0);
                    if (status != 201) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Future<?> client : clients) {
            client.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long confirmed = participants.count("edition = ?1 and status = ?2", edition, ParticipantStatus.CONFIRMED);
        int used = quotas.forEdition(edition).stream().filter(q -> q.side == Side.FRENCH).findFirst().orElseThrow().used;
        long oversold = Math.max(0, confirmed - seats) + Math.abs(confirmed - used);
        System.out.printf("%n[benchmark a] rush: %d clients x %d registrations = %d, %d seats: %.1f registrations/s, p50 %.1f ms,"
                + " p99 %.1f ms, max %.1f ms, confirmed %d, waitlisted %d, failures %d, oversold seats %d%n", CLIENTS, PER_CLIENT, total,
                seats, total / seconds, percentile(latencies, 50), percentile(latencies, 99), percentile(latencies, 100), confirmed,
                participants.count("edition = ?1 and status = ?2", edition, ParticipantStatus.WAITLISTED), failures.get(), oversold);
        assertThat(failures.get()).isZero();
        assertThat(oversold).isZero();
        assertThat(confirmed).isEqualTo(seats);
    }

    @Test
    void thousandAttemptsForTheLastTenSeats() throws Exception {
        String edition = Fixtures.edition(10, 10, 0, 5000);
        warmUp(Fixtures.edition(10, 10, 0, 5000));
        int attempts = 1000;
        ExecutorService pool = Executors.newFixedThreadPool(200);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return register(edition);
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        int created = 0;
        for (Future<Integer> answer : answers) {
            created += answer.get() == 201 ? 1 : 0;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long confirmed = participants.count("edition = ?1 and status = ?2", edition, ParticipantStatus.CONFIRMED);
        long waitlisted = participants.count("edition = ?1 and status = ?2", edition, ParticipantStatus.WAITLISTED);
        System.out.printf("%n[benchmark b] %d concurrent attempts for the last 10 seats in %.2f s: %d answered 201, %d confirmed, %d waitlisted%n",
                attempts, seconds, created, confirmed, waitlisted);
        assertThat(confirmed).isEqualTo(10);
        assertThat(waitlisted).isEqualTo(990);
    }

    @Test
    void delegationPushOf300AndTheSamePushAgain() throws Exception {
        String warm = Fixtures.edition(800, 400, 400, 5000);
        push(warm, "WARM-UP", delegation("W", 300));
        push(warm, "WARM-UP", delegation("W", 300));
        String edition = Fixtures.edition(600, 300, 300, 5000);
        String body = delegation("SC", 300);
        long t0 = System.nanoTime();
        HttpResponse<String> first = push(edition, "SICHUAN-BENCH", body);
        double firstMs = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        HttpResponse<String> again = push(edition, "SICHUAN-BENCH", body);
        double againMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf("%n[benchmark c] APCAE push of 300 members: %.0f ms; the same push again: %.0f ms%n", firstMs, againMs);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"CREATED\":300");
        assertThat(again.body()).contains("\"UNCHANGED\":300");
    }

    private void warmUp(String edition) throws Exception {
        for (int i = 0; i < 30; i++) {
            register(edition);
        }
    }

    private int register(String edition) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/editions/" + edition + "/registrations"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(person(email()))).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> push(String edition, String delegation, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/editions/" + edition + "/delegations/" + delegation))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + DelegationPushTest.APCAE)
                .timeout(Duration.ofSeconds(120)).PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String delegation(String prefix, int size) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(DelegationPushTest.member(prefix + "-" + i, "Wang", "王丽霞", i % 10 == 0));
        }
        return "{\"name\":\"Délégation de test\",\"members\":[" + String.join(",", members) + "]}";
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
