package org.assises.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One packaged Quarkus service ({@code <module>/target/quarkus-app/quarkus-run.jar}) run as a child
 * process, started again whenever it dies on its own (as compose's restart policy and Kubernetes do).
 */
public final class ServiceProcess implements AutoCloseable {

    /** The four services, their modules and default ports. */
    public enum Service {
        REGISTRATION("registration-service", 8081, "assises_registration"),
        PROGRAMME("programme-service", 8082, "assises_programme"),
        AWARDS("awards-service", 8083, "assises_awards"),
        LOGISTICS("logistics-service", 8084, "assises_logistics");

        public final String module;
        public final int defaultPort;
        public final String database;

        Service(String module, int defaultPort, String database) {
            this.module = module;
            this.defaultPort = defaultPort;
            this.database = database;
        }
    }

    private static final int MAX_RESTARTS = 5;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Service service;
    private final int port;
    private final Path log;
    private final ProcessBuilder builder;
    private final java.util.concurrent.atomic.AtomicInteger restarts = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Process process;
    private volatile boolean closing;

    private ServiceProcess(Service service, int port, Path log, ProcessBuilder builder) throws IOException {
        this.service = service;
        this.port = port;
        this.log = log;
        this.builder = builder;
        launch();
    }

    private void launch() throws IOException {
        Process started = builder.start();
        process = started;
        started.onExit().thenRun(() -> {
            // A service that cannot start (bad configuration) would die again at once: give up after a few tries.
            if (!closing && restarts.incrementAndGet() <= MAX_RESTARTS) {
                try {
                    Files.writeString(log, "%n[local-stack] %s exited with %d; restarting%n".formatted(service.module, started.exitValue()),
                            java.nio.file.StandardOpenOption.APPEND);
                    launch();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
    }

    /** Starts the service with the given environment; does not wait for it to be ready. */
    public static ServiceProcess start(Path root, Service service, int port, Map<String, String> env, Path logDir)
            throws IOException {
        Path jar = root.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": build first (./mvnw package -DskipTests)");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(service.module + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.add("-XX:+UseSerialGC");
        // C1 only, as Quarkus dev mode runs: with four services, PostgreSQL and Kafka on a developer's two
        // cores, C2's compiler threads make a restart three times slower (logistics: about 14 s to its
        // datasource instead of 5-8 s at load 18). The containers keep the full JIT (README, "Recovery").
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new ServiceProcess(service, port, log, builder);
    }

    public Service service() {
        return service;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    /** How many times the service died and was started again. */
    public int restarts() {
        return restarts.get();
    }

    /** Kills the service at once (SIGKILL): no shutdown hook, no leaving its Kafka group; it is restarted. */
    public void kill() {
        process.destroyForcibly();
    }

    /** Waits until {@code /q/health/ready} answers 200 (database and Kafka reachable). */
    public void awaitReady(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(3)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive() && restarts.get() > MAX_RESTARTS) {
                throw new IOException(service.module + " exited " + restarts.get() + " times; see " + log);
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + service.module, e);
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + service.module, e);
            }
        }
        throw new IOException(service.module + " not ready within " + timeout + "; see " + log);
    }

    /** Resident memory of the process in KiB, from /proc (Linux), or -1 where it cannot be read. */
    public long rssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Stops the service gracefully (SIGTERM: Quarkus finishes in-flight work), forcibly after 30 s. */
    @Override
    public void close() {
        closing = true;
        Process process = this.process;
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
