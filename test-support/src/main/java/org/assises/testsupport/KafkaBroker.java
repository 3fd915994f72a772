package org.assises.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real single-node Kafka broker (KRaft) run as a child process from the {@code kafka-broker} jar,
 * or an external one named by {@code KAFKA_BOOTSTRAP_SERVERS}. It can be stopped and started again on
 * the same ports and data, to test what the services do while the broker is away.
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path jar;
    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final Path log;
    private final String external;
    private Process process;

    private KafkaBroker(Path jar, Path dataDir, int port, int controllerPort, String external) {
        this.jar = jar;
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.log = dataDir == null ? null : dataDir.resolve("broker.log");
        this.external = external;
    }

    /** Starts a broker on the given ports (0: free ones) with its data in {@code dataDir}, and waits until it answers. */
    public static KafkaBroker start(Path jar, Path dataDir, int port, int controllerPort) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no Kafka broker jar at " + jar + ": build the kafka-broker module first (./mvnw install -DskipTests)");
        }
        Files.createDirectories(dataDir);
        KafkaBroker broker = new KafkaBroker(jar, dataDir, port > 0 ? port : freePort(), controllerPort > 0 ? controllerPort : freePort(), null);
        broker.startProcess();
        return broker;
    }

    public static KafkaBroker external(String bootstrapServers) {
        return new KafkaBroker(null, null, -1, -1, bootstrapServers);
    }

    /** The jar built by the kafka-broker module, as the build tells the tests, or next to the working directory. */
    public static Path defaultJar() {
        String configured = System.getProperty("assises.kafka.broker.jar");
        if (configured != null) {
            return Path.of(configured);
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("kafka-broker/target/kafka-broker.jar");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return here.resolve("kafka-broker/target/kafka-broker.jar");
    }

    public String bootstrapServers() {
        return external != null ? external : "127.0.0.1:" + port;
    }

    /** Stops the broker process (SIGTERM, then SIGKILL), keeping its data. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Kills the broker process at once (SIGKILL), as a crash or a lost machine would; its data stays. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Starts the stopped broker again on the same ports and data. */
    public synchronized void restart() throws IOException {
        if (external != null) {
            throw new IllegalStateException("an external broker is not ours to restart");
        }
        stop();
        startProcess();
    }

    private synchronized void startProcess() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms128m");
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-jar");
        command.add(jar.toString());
        command.add(dataDir.toString());
        command.add(Integer.toString(port));
        command.add(Integer.toString(controllerPort));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        ChildProcesses.register(process);
        awaitReady(Duration.ofSeconds(90));
    }

    private void awaitReady(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Kafka broker exited with " + process.exitValue() + "; see " + log);
            }
            try (Admin admin = Admin.create(config)) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception notYet) {
                sleep(300);
            }
        }
        throw new IOException("Kafka broker did not answer within " + timeout + "; see " + log);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
