package org.assises.registration;

import static org.assises.registration.Fixtures.email;
import static org.assises.registration.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
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
 * {@code -Dassises.benchmark=true}: (a) a registration rush of N concurrent clients, then the same
 * writes by N JDBC connections with no shared row (the database's ceiling), (b) 1,000
 * concurrent attempts for the last 10 seats, (c) a 300-member APCAE push and the same push again.
 * Figures are printed; correctness (no oversold seat, the waiting list in arrival order, exactly 10
 * confirmed) is asserted, never a time.
 */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
@EnabledIfSystemProperty(named = "assises.benchmark", matches = "true")
class RegistrationBenchmark {

    static final int CLIENTS = Integer.getInteger("assises.benchmark.clients", 64);
    static final int PER_CLIENT = Integer.getInteger("assises.benchmark.per-client", 20);
    /**
     * HTTP/1.1 by default: each client on its own connection, as wrk's 64 connections in the issue's
     * measure; {@code -Dassises.benchmark.http=2} multiplexes every client on one HTTP/2 connection (h2c).
     */
    static final HttpClient.Version HTTP = "2".equals(System.getProperty("assises.benchmark.http")) ? HttpClient.Version.HTTP_2
            : HttpClient.Version.HTTP_1_1;

    @TestHTTPResource("/")
    URL base;

    @Inject
    ParticipantRepository participants;

    @Inject
    QuotaRepository quotas;

    private final HttpClient http = HttpClient.newBuilder().version(HTTP).executor(Executors.newFixedThreadPool(16)).build();


    /** One answered registration: when it was sent and answered, and what it got. */
    record Attempt(long sent, long received, int status, String id, String outcome) {
    }

    @Test
    void registrationRushAndTheSameWritesWithNoHotRow() throws Exception {
        int total = CLIENTS * PER_CLIENT;
        int seats = total * 3 / 4;
        String edition = Fixtures.edition(seats, seats, 0, total * 2);
        warmUp(Fixtures.edition(total, total, 0, total * 2));
        List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        double seconds = run(CLIENTS, () -> {
            for (int i = 0; i < PER_CLIENT; i++) {
                long sent = System.nanoTime();
                HttpResponse<String> answer = send(edition, email(), UUID.randomUUID().toString());
                long received = System.nanoTime();
                Matcher id = ID.matcher(answer.body());
                Matcher status = STATUS.matcher(answer.body());
                attempts.add(new Attempt(sent, received, answer.statusCode(), id.find() ? id.group(1) : null,
                        status.find() ? status.group(1) : null));
            }
        });
        List<Long> latencies = attempts.stream().map(a -> a.received() - a.sent()).toList();
        long failures = attempts.stream().filter(a -> a.status() != 201).count();
        long confirmed = participants.count("edition = ?1 and status = ?2", edition, ParticipantStatus.CONFIRMED);
        long waitlisted = participants.count("edition = ?1 and status = ?2", edition, ParticipantStatus.WAITLISTED);
        int used = quotas.forEdition(edition).stream().filter(q -> q.side == Side.FRENCH).findFirst().orElseThrow().used;
        long oversold = Math.max(0, confirmed - seats) + Math.abs(confirmed - used);
        List<String> line = participants.waitlist(edition, Side.FRENCH).stream().map(p -> p.id.toString()).toList();
        long outOfOrder = outOfArrivalOrder(attempts, line);
        double rate = total / seconds;

        String ceilingEdition = Fixtures.edition(total, total, 0, total * 2);
        List<Long> ceilingLatencies = Collections.synchronizedList(new ArrayList<>());
        double ceilingSeconds = run(CLIENTS, () -> {
            try (Connection connection = DriverManager.getConnection(config("quarkus.datasource.jdbc.url"),
                    config("quarkus.datasource.username"), config("quarkus.datasource.password"))) {
                connection.setAutoCommit(false);
                for (int i = 0; i < PER_CLIENT; i++) {
                    long t0 = System.nanoTime();
                    sameWritesWithNoHotRow(connection, ceilingEdition);
                    ceilingLatencies.add(System.nanoTime() - t0);
                }
            }
        });
        double ceiling = total / ceilingSeconds;

        System.out.printf("%n[benchmark a] rush (%s): %d clients x %d self-registrations = %d, %d seats: %.0f registrations/s, p50 %.1f ms,"
                + " p99 %.1f ms, max %.1f ms; confirmed %d, waitlisted %d, failures %d, oversold seats %d,"
                + " waiting list out of arrival order %d%n", HTTP, CLIENTS, PER_CLIENT, total, seats, rate, percentile(latencies, 50),
                percentile(latencies, 99), percentile(latencies, 100), confirmed, waitlisted, failures, oversold, outOfOrder);
        System.out.printf("[benchmark a] the same writes with no hot row (%d JDBC connections): %.0f transactions/s, p50 %.1f ms,"
                + " p99 %.1f ms%n", CLIENTS, ceiling, percentile(ceilingLatencies, 50), percentile(ceilingLatencies, 99));
        System.out.printf("[benchmark a] service / no-hot-row ceiling = %.2f%n", rate / ceiling);
        assertThat(failures).isZero();
        assertThat(oversold).isZero();
        assertThat(confirmed).isEqualTo(seats);
        assertThat(waitlisted).isEqualTo(total - seats);
        assertThat(outOfOrder).isZero();
    }

    /**
     * Waitlisted registrations whose place in line contradicts arrival: B was sent after A was answered
     * but stands before A; or a seat given to a request sent after someone was told the seats were gone.
     */
    private static long outOfArrivalOrder(List<Attempt> attempts, List<String> line) {
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < line.size(); i++) {
            place.put(line.get(i), i);
        }
        long firstFull = attempts.stream().filter(a -> "WAITLISTED".equals(a.outcome())).mapToLong(Attempt::received).min()
                .orElse(Long.MAX_VALUE);
        long wrong = attempts.stream().filter(a -> "CONFIRMED".equals(a.outcome()) && a.sent() > firstFull).count();
        List<Attempt> byReceived = attempts.stream().filter(a -> place.containsKey(a.id()))
                .sorted(Comparator.comparingLong(Attempt::received)).toList();
        List<Attempt> bySent = byReceived.stream().sorted(Comparator.comparingLong(Attempt::sent)).toList();
        int answered = 0;
        int furthest = -1;
        for (Attempt b : bySent) {
            while (answered < byReceived.size() && byReceived.get(answered).received() < b.sent()) {
                furthest = Math.max(furthest, place.get(byReceived.get(answered).id()));
                answered++;
            }
            if (place.get(b.id()) < furthest) {
                wrong++;
            }
        }
        return wrong + (line.size() == byReceived.size() ? 0 : Math.abs(line.size() - byReceived.size()));
    }

    /**
     * The rows one self-registration writes (Idempotency-Key claimed, e-mail checked, participant,
     * registered and confirmed events, stored answer), in one transaction, without the edition's seat
     * lock or any quota or catalogue counter: what the database allows when nobody shares a row.
     */
    private static void sameWritesWithNoHotRow(Connection connection, String edition) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now();
        UUID id = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String mail = email();
        try (PreparedStatement claim = connection.prepareStatement(
                "INSERT INTO idempotency_record (scope, key, request_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
                PreparedStatement unique = connection.prepareStatement(
                        "SELECT id FROM participant WHERE edition = ? AND lower(email) = lower(?) AND status IN ('CONFIRMED', 'WAITLISTED')");
                PreparedStatement participant = connection.prepareStatement("""
                        INSERT INTO participant (id, edition, side, status, category, civility, family_name, given_name, organisation,
                         function, email, phone, languages, interpretation_needed, dietary_needs, gala_dinner, workshops, field_visit,
                         arrival_at, arrival_transport, arrival_place, departure_at, departure_transport, departure_place, hotel_needed,
                         token_hash, created_at, updated_at)
                        VALUES (?, ?, 'FRENCH', 'CONFIRMED', 'ELECTED_OFFICIAL', 'MS', 'Fictivelle', 'Anne', 'Commune fictive de Saint-Essai',
                         'Adjointe aux relations internationales', ?, '+33 5 61 00 00 00', '{fr,en}', true, 'végétarienne', true,
                         '{workshop-tourism,workshop-agriculture}', 'visit-regal', ?, 'TGV 8511', 'Toulouse-Matabiau', ?, 'TGV 8530',
                         'Toulouse-Matabiau', true, ?, ?, ?)""");
                PreparedStatement event = connection.prepareStatement("INSERT INTO outbox_event (id, topic, message_key, type, payload,"
                        + " created_at, published_at) VALUES (?, 'registration.participants', ?, ?, ?, ?, ?)");
                PreparedStatement answer = connection.prepareStatement(
                        "UPDATE idempotency_record SET status = 201, location = ?, body = ? WHERE scope = ? AND key = ?")) {
            claim.setString(1, "self-registration:" + edition);
            claim.setString(2, key);
            claim.setString(3, "%064d".formatted(0));
            claim.setObject(4, now);
            claim.executeUpdate();
            unique.setString(1, edition);
            unique.setString(2, mail);
            unique.executeQuery().close();
            participant.setObject(1, id);
            participant.setString(2, edition);
            participant.setString(3, mail);
            participant.setObject(4, now.plusDays(1));
            participant.setObject(5, now.plusDays(3));
            participant.setString(6, UUID.randomUUID().toString());
            participant.setObject(7, now);
            participant.setObject(8, now);
            participant.executeUpdate();
            for (String type : List.of("assises.registration.participant.registered.v1", "assises.registration.participant.confirmed.v1")) {
                // Marked published so that the relay does not send these rows: they stand for events, they are not events.
                event.setObject(1, UUID.randomUUID());
                event.setString(2, id.toString());
                event.setString(3, type);
                event.setString(4, PAYLOAD);
                event.setObject(5, now);
                event.setObject(6, now);
                event.addBatch();
            }
            event.executeBatch();
            answer.setString(1, "/api/v1/registrations/" + id);
            answer.setString(2, PAYLOAD);
            answer.setString(3, "self-registration:" + edition);
            answer.setString(4, key);
            answer.executeUpdate();
            connection.commit();
        }
    }

    /** A JSON text the size of a participant event or a stored answer. */
    private static final String PAYLOAD = "{\"padding\":\"" + "x".repeat(1200) + "\"}";

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }

    /** A client's work, which may throw. */
    interface Client {
        void run() throws Exception;
    }

    /** Runs {@code clients} copies of {@code client} at once; the seconds from start to the last one's end. */
    private static double run(int clients, Client client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                start.await();
                client.run();
                return null;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Future<?> one : running) {
            one.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        return seconds;
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
        return send(edition, email(), UUID.randomUUID().toString()).statusCode();
    }

    /** A French self-registration with its own e-mail and Idempotency-Key. */
    private HttpResponse<String> send(String edition, String email, String idempotencyKey) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/editions/" + edition + "/registrations"))
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey).timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(person(email))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
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
