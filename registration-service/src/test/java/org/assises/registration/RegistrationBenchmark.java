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
    static final int PER_CLIENT = Integer.getInteger("assises.benchmark.per-client", 50);
    static final int WARM_UP_PER_CLIENT = Integer.getInteger("assises.benchmark.warm-up-per-client", 40);
    /** At most this many warm-up rounds of (c), each a 300-member push twice into an edition of its own. */
    static final int PUSH_WARM_UPS = Integer.getInteger("assises.benchmark.push-warm-ups", 40);
    /** At most this many warm-up rounds; fewer once the JIT compilers are nearly idle. */
    static final int WARM_UP_ROUNDS = Integer.getInteger("assises.benchmark.warm-up-rounds", 50);

    @TestHTTPResource("/")
    URL base;

    @Inject
    ParticipantRepository participants;

    @Inject
    QuotaRepository quotas;

    /** The client of benchmarks (b) and (c); (a) has its own, leaner one ({@link Load}). */
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16, named("benchmark-http"))).build();


    /** One answered registration: when it was sent and answered, and what it got. */
    record Attempt(long sent, long received, int status, String id, String outcome) {
    }

    @Test
    void registrationRushAndTheSameWritesWithNoHotRow() throws Exception {
        int total = CLIENTS * PER_CLIENT;
        int seats = total * 3 / 4;
        long postmaster = postmaster();
        try (Load load = new Load(base)) {
            // Rushes of their own first, until the JIT compilers are nearly idle: the figures are then the
            // service's once compiled, not its compilers' (a service in production has been running for a while).
            List<String> used = new ArrayList<>();
            String warmedUp = warmUpUntilCompiled(load, used);
            String warmCeiling = Fixtures.edition(total, total, 0, total * 2);
            noHotRow(warmCeiling, WARM_UP_PER_CLIENT, new ArrayList<>());
            used.add(warmCeiling);
            // Each measure starts from the same, small database: the rows of what ran before it are removed.
            settleAndRemove(used);

            // The database's ceiling, measured before the rush and again after it; the ratio is taken to the higher.
            List<Long> ceilingLatencies = Collections.synchronizedList(new ArrayList<>());
            Cpu[] spent = new Cpu[1];
            String firstCeilingEdition = Fixtures.edition(total, total, 0, total * 2);
            double firstCeiling = total / noHotRow(firstCeilingEdition, PER_CLIENT, ceilingLatencies, postmaster, spent);
            Cpu cpuCeiling = spent[0];
            settleAndRemove(List.of(firstCeilingEdition));

            String edition = Fixtures.edition(seats, seats, 0, total * 2);
            Map<String, Long> vmBefore = vmThreadsCpu();
            Cpu cpuBefore = Cpu.now(postmaster);
            Map<Long, ThreadCpu> threadsBefore = threadCpu();
            Rush rush = load.rush(edition, CLIENTS, PER_CLIENT);
            Cpu cpuRush = Cpu.now(postmaster).minus(cpuBefore);
            String byThread = byThread(threadsBefore, threadCpu(), load.threadIds(), vmBefore, vmThreadsCpu(), cpuRush.jvm(), total);
            settle();
            long confirmed = participants.count("edition = ?1 and status = ?2", edition, ParticipantStatus.CONFIRMED);
            long waitlisted = participants.count("edition = ?1 and status = ?2", edition, ParticipantStatus.WAITLISTED);
            int taken = quotas.forEdition(edition).stream().filter(q -> q.side == Side.FRENCH).findFirst().orElseThrow().used;
            List<String> line = participants.waitlist(edition, Side.FRENCH).stream().map(p -> p.id.toString()).toList();
            settleAndRemove(List.of(edition));

            List<Long> secondLatencies = Collections.synchronizedList(new ArrayList<>());
            String secondCeilingEdition = Fixtures.edition(total, total, 0, total * 2);
            double secondCeiling = total / noHotRow(secondCeilingEdition, PER_CLIENT, secondLatencies, postmaster, spent);
            Cpu cpuSecondCeiling = spent[0];
            settleAndRemove(List.of(secondCeilingEdition));
            double ceiling = Math.max(firstCeiling, secondCeiling);

            List<Attempt> attempts = rush.attempts();
            long oversold = Math.max(0, confirmed - seats) + Math.abs(confirmed - taken);
            List<Long> latencies = attempts.stream().map(a -> a.received() - a.sent()).toList();
            long failures = attempts.stream().filter(a -> a.status() != 201).count();
            long outOfOrder = outOfArrivalOrder(attempts, line);
            double rate = total / rush.seconds();

            System.out.printf("%n[benchmark a] warm-up: %s%n", warmedUp);
            System.out.printf("[benchmark a] rush (HTTP/1.1, %d keep-alive connections): %d clients x %d self-registrations = %d, %d seats:"
                    + " %.0f registrations/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms; confirmed %d, waitlisted %d, failures %d,"
                    + " oversold seats %d, waiting list out of arrival order %d%n", CLIENTS, CLIENTS, PER_CLIENT, total, seats, rate,
                    percentile(latencies, 50), percentile(latencies, 99), percentile(latencies, 100), confirmed, waitlisted, failures,
                    oversold, outOfOrder);
            System.out.printf("[benchmark a] the same writes with no hot row (%d JDBC connections, opened beforehand): before the rush"
                    + " %.0f transactions/s (p50 %.1f ms, p99 %.1f ms), after it %.0f transactions/s (p50 %.1f ms, p99 %.1f ms)%n", CLIENTS,
                    firstCeiling, percentile(ceilingLatencies, 50), percentile(ceilingLatencies, 99), secondCeiling,
                    percentile(secondLatencies, 50), percentile(secondLatencies, 99));
            System.out.printf("[benchmark a] service / no-hot-row ceiling (the higher of the two) = %.0f / %.0f = %.2f%n", rate, ceiling,
                    rate / ceiling);
            System.out.printf("[benchmark a] CPU per registration or transaction (ms; the JVM holds the service and the benchmark's"
                    + " clients): rush %s; no hot row, before %s, after %s%n", cpuRush.per(total), cpuCeiling.per(total),
                    cpuSecondCeiling.per(total));
            System.out.printf("[benchmark a] the rush's JVM CPU by thread (ms per registration): %s%n", byThread);
            assertThat(failures).isZero();
            assertThat(oversold).isZero();
            assertThat(confirmed).isEqualTo(seats);
            assertThat(waitlisted).isEqualTo(total - seats);
            assertThat(outOfOrder).isZero();
        }
    }

    /**
     * Rounds of {@code CLIENTS x WARM_UP_PER_CLIENT} registrations, each into an edition of its own, until the
     * JIT compilers take under 5% of the JVM's CPU in a round (at most {@code WARM_UP_ROUNDS}); what they took.
     */
    private static String warmUpUntilCompiled(Load load, List<String> editions) throws Exception {
        StringBuilder rounds = new StringBuilder();
        for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
            // Seats for three in four, as in the rush, so that the waiting list's code is compiled too.
            int seats = CLIENTS * WARM_UP_PER_CLIENT * 3 / 4;
            String edition = Fixtures.edition(seats, seats, 0, CLIENTS * WARM_UP_PER_CLIENT * 2);
            editions.add(edition);
            Map<String, Long> vmBefore = vmThreadsCpu();
            long jvmBefore = jvmCpu();
            Rush rush = load.rush(edition, CLIENTS, WARM_UP_PER_CLIENT);
            double share = (double) spent(vmBefore, vmThreadsCpu(), "JIT") / Math.max(1, jvmCpu() - jvmBefore);
            rounds.append(round == 1 ? "" : ", ").append("%.0f/s (JIT %.0f%% of the JVM's CPU)"
                    .formatted(CLIENTS * WARM_UP_PER_CLIENT / rush.seconds(), share * 100));
            if (rush.attempts().stream().anyMatch(a -> a.status() != 201)) {
                // Seats for three in four: a quarter is waitlisted, still a 201.
                throw new AssertionError("a warm-up registration failed: " + rush.attempts().stream().filter(a -> a.status() != 201)
                        .findFirst().orElseThrow());
            }
            if (share < 0.05) {
                break;
            }
        }
        return rounds.toString();
    }

    /**
     * CPU time so far, in ns, of this JVM's own threads that Java does not list, by kind: "JIT" (the compiler
     * threads), "GC" (the collector's threads) and "VM" (the rest); read from /proc, empty where there is none.
     */
    static Map<String, Long> vmThreadsCpu() {
        Map<String, Long> byKind = new java.util.TreeMap<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String kind = name.contains("CompilerThre") ? "JIT" : name.startsWith("GC Thread") || name.startsWith("G1 ") ? "GC"
                            : name.equals("VM Thread") || name.startsWith("VM Periodic") ? "VM" : null;
                    if (kind != null) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        byKind.merge(kind, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L, Long::sum);
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // A thread that ended meanwhile.
                }
            });
        } catch (java.io.IOException e) {
            return byKind;
        }
        return byKind;
    }

    /** The CPU time, in ns, spent by one kind of {@link #vmThreadsCpu()} between two readings. */
    static long spent(Map<String, Long> before, Map<String, Long> after, String kind) {
        return after.getOrDefault(kind, 0L) - before.getOrDefault(kind, 0L);
    }

    /** What a rush gave: each attempt, and the seconds from its start to its last answer. */
    record Rush(List<Attempt> attempts, double seconds) {
    }

    /**
     * The load generator, as lean as wrk: one Vert.x event loop of its own and up to {@code CLIENTS}
     * keep-alive HTTP/1.1 connections; each client sends its next registration when the previous one is answered.
     */
    static final class Load implements AutoCloseable {

        private final io.vertx.core.Vertx vertx = io.vertx.core.Vertx
                .vertx(new io.vertx.core.VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1).setInternalBlockingPoolSize(1));
        private final io.vertx.core.http.HttpClient client;
        private final String path;
        private final List<Long> threadIds = new java.util.concurrent.CopyOnWriteArrayList<>();

        Load(URL base) throws Exception {
            client = vertx.createHttpClient(new io.vertx.core.http.HttpClientOptions().setDefaultHost(base.getHost())
                    .setDefaultPort(base.getPort()).setKeepAlive(true).setConnectTimeout(10_000),
                    new io.vertx.core.http.PoolOptions().setHttp1MaxSize(CLIENTS).setMaxWaitQueueSize(-1));
            path = base.getPath() + "api/v1/editions/%s/registrations";
            CountDownLatch known = new CountDownLatch(1);
            vertx.runOnContext(ignored -> {
                threadIds.add(Thread.currentThread().getId());
                known.countDown();
            });
            known.await();
        }

        /** The ids of the generator's threads, whose CPU is the benchmark's, not the service's. */
        List<Long> threadIds() {
            return threadIds;
        }

        Rush rush(String edition, int clients, int perClient) throws Exception {
            List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>(clients * perClient));
            CountDownLatch done = new CountDownLatch(clients);
            String uri = path.formatted(edition);
            long t0 = System.nanoTime();
            vertx.runOnContext(ignored -> {
                for (int c = 0; c < clients; c++) {
                    next(uri, perClient, attempts, done);
                }
            });
            if (!done.await(10, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new AssertionError("the rush did not end in 10 minutes");
            }
            return new Rush(new ArrayList<>(attempts), (System.nanoTime() - t0) / 1e9);
        }

        /** Sends one registration, and on its answer the client's next one, until it has sent {@code left}. */
        private void next(String uri, int left, List<Attempt> attempts, CountDownLatch done) {
            if (left == 0) {
                done.countDown();
                return;
            }
            String body = person(email());
            long sent = System.nanoTime();
            client.request(new io.vertx.core.http.RequestOptions().setMethod(io.vertx.core.http.HttpMethod.POST).setURI(uri)
                    .putHeader("Content-Type", "application/json").putHeader("Idempotency-Key", UUID.randomUUID().toString())
                    .setTimeout(120_000))
                    .compose(request -> request.send(io.vertx.core.buffer.Buffer.buffer(body)))
                    .compose(response -> response.body().map(answer -> {
                        String text = answer.toString();
                        Matcher id = ID.matcher(text);
                        Matcher status = STATUS.matcher(text);
                        return new Attempt(sent, System.nanoTime(), response.statusCode(), id.find() ? id.group(1) : null,
                                status.find() ? status.group(1) : null);
                    }))
                    .onComplete(result -> {
                        attempts.add(result.succeeded() ? result.result()
                                : new Attempt(sent, System.nanoTime(), -1, null, String.valueOf(result.cause())));
                        next(uri, left - 1, attempts, done);
                    });
        }

        @Override
        public void close() throws Exception {
            client.close().toCompletionStage().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
            vertx.close().toCompletionStage().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
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
            Thread.sleep(1000);
        }
    }

    /**
     * Settles (see {@link #settle()}), then removes what these editions' registrations wrote (participants, stored
     * answers, and the outbox rows already sent, which the housekeeping deletes anyway) and compacts those tables,
     * and vacuums and analyses them, as pgbench does before it measures,
     * so that the next measure starts from the database of an event's size rather than from tens of thousands of
     * rows left by the warm-up and the previous measure. Without this, the ceiling's transaction costs PostgreSQL
     * 2 to 3 times as much CPU after a long warm-up (about 1.3 ms instead of 0.45-0.5), and the ratio flatters the
     * service, whose batches write far fewer rows per statement.
     */
    private static void settleAndRemove(List<String> editions) throws Exception {
        settle();
        try (Connection connection = DriverManager.getConnection(config("quarkus.datasource.jdbc.url"),
                config("quarkus.datasource.username"), config("quarkus.datasource.password"))) {
            String[] codes = editions.toArray(String[]::new);
            String[] scopes = editions.stream().map(e -> "self-registration:" + e).toArray(String[]::new);
            try (PreparedStatement participants = connection.prepareStatement("DELETE FROM participant WHERE edition = ANY (?)");
                    PreparedStatement answers = connection.prepareStatement("DELETE FROM idempotency_record WHERE scope = ANY (?)")) {
                participants.setArray(1, connection.createArrayOf("varchar", codes));
                participants.executeUpdate();
                answers.setArray(1, connection.createArrayOf("varchar", scopes));
                answers.executeUpdate();
            }
            connection.createStatement().executeUpdate("DELETE FROM outbox_event WHERE published_at IS NOT NULL");
            connection.createStatement().execute("VACUUM (FULL, ANALYZE) participant, idempotency_record, outbox_event");
        }
    }

    /**
     * {@code CLIENTS} JDBC connections, opened beforehand, each running {@code count} times the writes with no hot
     * row; the seconds from their start to the last one's end (connecting excluded, as pgbench reports).
     */
    private static double noHotRow(String edition, int count, List<Long> latencies) throws Exception {
        return noHotRow(edition, count, latencies, -1, new Cpu[1]);
    }

    /** As above; with a postmaster, also the CPU used while the connections ran ({@code used[0]}), read before they close. */
    private static double noHotRow(String edition, int count, List<Long> latencies, long postmaster, Cpu[] used) throws Exception {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int c = 0; c < CLIENTS; c++) {
                Connection connection = DriverManager.getConnection(config("quarkus.datasource.jdbc.url"),
                        config("quarkus.datasource.username"), config("quarkus.datasource.password"));
                connection.setAutoCommit(false);
                connections.add(connection);
            }
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            Cpu before = Cpu.now(postmaster);
            double seconds = run(CLIENTS, () -> {
                Connection connection = connections.get(next.getAndIncrement());
                for (int i = 0; i < count; i++) {
                    long t0 = System.nanoTime();
                    sameWritesWithNoHotRow(connection, edition);
                    synchronized (latencies) {
                        latencies.add(System.nanoTime() - t0);
                    }
                }
            });
            used[0] = Cpu.now(postmaster).minus(before);
            return seconds;
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
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

    /** A live thread's name (numbers left out) and CPU time so far, in ns. */
    record ThreadCpu(String name, long cpu) {
    }

    /** The live threads of this JVM and their CPU time so far, by thread id. */
    private static Map<Long, ThreadCpu> threadCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<Long, ThreadCpu> byId = new HashMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            long cpu = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
            if (cpu > 0) {
                byId.put(info.getThreadId(), new ThreadCpu(info.getThreadName().replaceAll("[0-9]+", "N"), cpu));
            }
        }
        return byId;
    }

    /**
     * Where the JVM's CPU went during the rush: the benchmark's load generator (its threads, given by id), each
     * group of the service's threads, the JIT compilers, the GC, the VM's own, and the rest (threads that ended meanwhile).
     */
    private static String byThread(Map<Long, ThreadCpu> before, Map<Long, ThreadCpu> after, List<Long> load, Map<String, Long> vmBefore,
            Map<String, Long> vmAfter, long jvm, int count) {
        Map<String, Long> used = new java.util.TreeMap<>();
        after.forEach((id, now) -> {
            ThreadCpu then = before.get(id);
            long delta = now.cpu() - (then == null ? 0 : then.cpu());
            if (delta > 0) {
                used.merge(load.contains(id) ? "benchmark load generator" : now.name(), delta, Long::sum);
            }
        });
        for (String kind : List.of("JIT", "GC", "VM")) {
            used.put(kind, spent(vmBefore, vmAfter, kind));
        }
        long threads = used.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder out = new StringBuilder();
        used.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> e.getValue() / 1e6 / count >= 0.01)
                .forEach(e -> out.append(e.getKey()).append(' ').append("%.2f".formatted(e.getValue() / 1e6 / count)).append("; "));
        return out.append("ended threads and the rest ").append("%.2f".formatted((jvm - threads) / 1e6 / count)).toString();
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
    record Cpu(long jvm, long postgres, long broker, long machineBusy, long machineTotal) {

        static Cpu now(long postmaster) {
            long[] machine = machine();
            long jvm = jvmCpu();
            long broker = ProcessHandle.current().descendants()
                    .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
            return new Cpu(jvm, postgresCpu(postmaster), broker, machine[0], machine[1]);
        }

        Cpu minus(Cpu before) {
            return new Cpu(jvm - before.jvm, postgres < 0 ? -1 : postgres - before.postgres, broker - before.broker,
                    machineBusy - before.machineBusy, machineTotal - before.machineTotal);
        }

        String per(int count) {
            return "JVM %.2f + PostgreSQL %.2f + Kafka broker %.2f = %.2f (the machine's CPUs %.0f%% busy)".formatted(jvm / 1e6 / count,
                    postgres / 1e6 / count, broker / 1e6 / count, (jvm + Math.max(0, postgres) + broker) / 1e6 / count,
                    machineTotal <= 0 ? -1.0 : 100.0 * machineBusy / machineTotal);
        }

        /** The whole machine's CPU time from /proc/stat, in clock ticks: busy (not idle nor waiting for I/O), and in all. */
        private static long[] machine() {
            try {
                String[] fields = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < Math.min(fields.length, 9); i++) {
                    total += Long.parseLong(fields[i]);
                }
                return new long[] { total - Long.parseLong(fields[4]) - Long.parseLong(fields[5]), total };
            } catch (java.io.IOException | RuntimeException e) {
                return new long[] { 0, 0 };
            }
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

    /** CPU time used so far by this JVM, in ns. */
    static long jvmCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
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
        // As (a): warm-up rounds (a push and the same push again, into an edition of their own) until the JIT
        // compilers take under 5% of the JVM's CPU in a round, at most PUSH_WARM_UPS.
        StringBuilder rounds = new StringBuilder();
        for (int round = 1; round <= PUSH_WARM_UPS; round++) {
            String warm = Fixtures.edition(800, 400, 400, 5000);
            Map<String, Long> vmBefore = vmThreadsCpu();
            long jvmBefore = jvmCpu();
            long t0 = System.nanoTime();
            push(warm, "WARM-UP", delegation("W", 300));
            double pushMs = (System.nanoTime() - t0) / 1e6;
            push(warm, "WARM-UP", delegation("W", 300));
            double share = (double) spent(vmBefore, vmThreadsCpu(), "JIT") / Math.max(1, jvmCpu() - jvmBefore);
            rounds.append(round == 1 ? "" : ", ").append("%.0f ms (JIT %.0f%%)".formatted(pushMs, share * 100));
            if (share < 0.05) {
                break;
            }
        }
        System.out.printf("%n[benchmark c] warm-up, the first push of each round: %s%n", rounds);
        String edition = Fixtures.edition(600, 300, 300, 5000);
        String body = delegation("SC", 300);
        long t0 = System.nanoTime();
        HttpResponse<String> first = push(edition, "SICHUAN-BENCH", body);
        double firstMs = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        HttpResponse<String> again = push(edition, "SICHUAN-BENCH", body);
        double againMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf("[benchmark c] APCAE push of 300 members: %.0f ms; the same push again: %.0f ms%n", firstMs, againMs);
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
