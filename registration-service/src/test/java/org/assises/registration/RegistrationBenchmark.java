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
    static final int WARM_UP_PER_CLIENT = Integer.getInteger("assises.benchmark.warm-up-per-client", 40);
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

    private final HttpClient http = HttpClient.newBuilder().version(HTTP).executor(Executors.newFixedThreadPool(16, named("benchmark-http")))
            .build();

    /** CPU time of the benchmark's client threads (each measures its own), in ns. */
    private static final java.util.concurrent.atomic.LongAdder CLIENT_CPU = new java.util.concurrent.atomic.LongAdder();


    /** One answered registration: when it was sent and answered, and what it got. */
    record Attempt(long sent, long received, int status, String id, String outcome) {
    }

    @Test
    void registrationRushAndTheSameWritesWithNoHotRow() throws Exception {
        int total = CLIENTS * PER_CLIENT;
        int seats = total * 3 / 4;
        String edition = Fixtures.edition(seats, seats, 0, total * 2);
        // A rush of its own first, so that the figures are the service's once compiled, not its JIT's.
        String warm = Fixtures.edition(total, total, 0, total * 2);
        run(CLIENTS, () -> {
            for (int i = 0; i < WARM_UP_PER_CLIENT; i++) {
                register(warm);
            }
        });
        settle();
        List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        long postmaster = postmaster();
        Cpu cpuBefore = Cpu.now(postmaster);
        Map<String, Long> threadsBefore = threadCpu();
        CLIENT_CPU.reset();
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
        Cpu cpuRush = Cpu.now(postmaster).minus(cpuBefore);
        String byThread = byThread(threadsBefore, threadCpu(), CLIENT_CPU.sum(), cpuRush.jvm(), CLIENTS * PER_CLIENT);
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
        noHotRow(Fixtures.edition(total, total, 0, total * 2), WARM_UP_PER_CLIENT, new ArrayList<>());
        List<Long> ceilingLatencies = Collections.synchronizedList(new ArrayList<>());
        Cpu ceilingBefore = Cpu.now(postmaster);
        double ceilingSeconds = noHotRow(ceilingEdition, PER_CLIENT, ceilingLatencies);
        Cpu cpuCeiling = Cpu.now(postmaster).minus(ceilingBefore);
        double ceiling = total / ceilingSeconds;

        System.out.printf("%n[benchmark a] rush (%s): %d clients x %d self-registrations = %d, %d seats: %.0f registrations/s, p50 %.1f ms,"
                + " p99 %.1f ms, max %.1f ms; confirmed %d, waitlisted %d, failures %d, oversold seats %d,"
                + " waiting list out of arrival order %d%n", HTTP, CLIENTS, PER_CLIENT, total, seats, rate, percentile(latencies, 50),
                percentile(latencies, 99), percentile(latencies, 100), confirmed, waitlisted, failures, oversold, outOfOrder);
        System.out.printf("[benchmark a] the same writes with no hot row (%d JDBC connections): %.0f transactions/s, p50 %.1f ms,"
                + " p99 %.1f ms%n", CLIENTS, ceiling, percentile(ceilingLatencies, 50), percentile(ceilingLatencies, 99));
        System.out.printf("[benchmark a] service / no-hot-row ceiling = %.2f%n", rate / ceiling);
        System.out.printf("[benchmark a] CPU per registration (ms; the JVM holds the service and the benchmark's clients): rush %s;"
                + " no hot row %s%n", cpuRush.per(total), cpuCeiling.per(total));
        System.out.printf("[benchmark a] the rush's JVM CPU by thread (ms per registration): %s%n", byThread);
        assertThat(failures).isZero();
        assertThat(oversold).isZero();
        assertThat(confirmed).isEqualTo(seats);
        assertThat(waitlisted).isEqualTo(total - seats);
        assertThat(outOfOrder).isZero();
    }

    /** Waits (at most 60 s) until the outbox has sent everything, and a second more for the consumers behind it. */
    private static void settle() throws Exception {
        try (Connection connection = DriverManager.getConnection(config("quarkus.datasource.jdbc.url"),
                config("quarkus.datasource.username"), config("quarkus.datasource.password"))) {
            for (int i = 0; i < 600; i++) {
                try (var rows = connection.createStatement().executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        break;
                    }
                }
                Thread.sleep(100);
            }
        }
        Thread.sleep(1000);
    }

    /** {@code CLIENTS} JDBC connections each running {@code count} times the writes with no hot row; the seconds they take. */
    private static double noHotRow(String edition, int count, List<Long> latencies) throws Exception {
        return run(CLIENTS, () -> {
            try (Connection connection = DriverManager.getConnection(config("quarkus.datasource.jdbc.url"),
                    config("quarkus.datasource.username"), config("quarkus.datasource.password"))) {
                connection.setAutoCommit(false);
                for (int i = 0; i < count; i++) {
                    long t0 = System.nanoTime();
                    sameWritesWithNoHotRow(connection, edition);
                    synchronized (latencies) {
                        latencies.add(System.nanoTime() - t0);
                    }
                }
            }
        });
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

    private static java.util.concurrent.ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** CPU time so far of the live threads of this JVM, by name (numbers left out), in ns. */
    private static Map<String, Long> threadCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            long cpu = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
            if (cpu > 0) {
                byName.merge(info.getThreadName().replaceAll("[0-9]+", "N"), cpu, Long::sum);
            }
        }
        return byName;
    }

    /**
     * Where the JVM's CPU went during the rush: the benchmark's own clients (their threads and the HTTP client's),
     * each group of the service's threads, and the rest (threads that ended meanwhile, JIT compilers, GC).
     */
    private static String byThread(Map<String, Long> before, Map<String, Long> after, long clientThreads, long jvm, int count) {
        Map<String, Long> used = new java.util.TreeMap<>();
        after.forEach((name, cpu) -> {
            long delta = cpu - before.getOrDefault(name, 0L);
            if (delta > 0 && !name.startsWith("benchmark-client")) {
                used.put(name.startsWith("benchmark-http") || name.startsWith("HttpClient") ? "benchmark HTTP client" : name, used
                        .getOrDefault(name.startsWith("benchmark-http") || name.startsWith("HttpClient") ? "benchmark HTTP client" : name, 0L)
                        + delta);
            }
        });
        used.merge("benchmark HTTP client", clientThreads, Long::sum);
        long threads = used.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder out = new StringBuilder();
        used.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> e.getValue() / 1e6 / count >= 0.01)
                .forEach(e -> out.append(e.getKey()).append(' ').append("%.2f".formatted(e.getValue() / 1e6 / count)).append("; "));
        return out.append("JIT, GC and ended threads ").append("%.2f".formatted((jvm - threads) / 1e6 / count)).toString();
    }

    /** The PostgreSQL server's main process (the parent of this connection's backend), or -1 where it cannot be told. */
    private static long postmaster() {
        try (Connection connection = DriverManager.getConnection(config("quarkus.datasource.jdbc.url"),
                config("quarkus.datasource.username"), config("quarkus.datasource.password"));
                var rows = connection.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            return rows.next() ? ProcessHandle.of(rows.getLong(1)).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    /**
     * CPU time used so far, in ns, by this JVM (the service and the benchmark's clients), PostgreSQL (its
     * processes, live and ended) and this JVM's child processes (the Kafka broker): a measure that other
     * work on the machine does not change, where wall-clock rates do. -1 where the OS does not tell (not Linux).
     */
    record Cpu(long jvm, long postgres, long broker) {

        static Cpu now(long postmaster) {
            long jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            long broker = ProcessHandle.current().descendants()
                    .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
            return new Cpu(jvm, postgresCpu(postmaster), broker);
        }

        Cpu minus(Cpu before) {
            return new Cpu(jvm - before.jvm, postgres < 0 ? -1 : postgres - before.postgres, broker - before.broker);
        }

        String per(int count) {
            return "JVM %.2f + PostgreSQL %.2f + Kafka broker %.2f = %.2f".formatted(jvm / 1e6 / count, postgres / 1e6 / count,
                    broker / 1e6 / count, (jvm + Math.max(0, postgres) + broker) / 1e6 / count);
        }

        /** The server's CPU from /proc: its own and its ended backends' (cutime, cstime), plus its live backends'. */
        private static long postgresCpu(long postmaster) {
            if (postmaster < 0) {
                return -1;
            }
            long ticks = ticks(postmaster, true) + ProcessHandle.of(postmaster).stream().flatMap(ProcessHandle::children)
                    .mapToLong(child -> ticks(child.pid(), false)).sum();
            return ticks < 0 ? -1 : ticks * 10_000_000L;
        }

        /** utime + stime (and cutime + cstime) of a process in clock ticks (USER_HZ, 100 a second on Linux). */
        private static long ticks(long pid, boolean withEndedChildren) {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                return withEndedChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
            } catch (java.io.IOException | RuntimeException e) {
                return 0;
            }
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
        ExecutorService pool = Executors.newFixedThreadPool(clients, named("benchmark-client"));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                start.await();
                long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                try {
                    client.run();
                } finally {
                    CLIENT_CPU.add(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu);
                }
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
