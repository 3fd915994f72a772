package org.assises.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.assises.testsupport.DevTokens;
import org.assises.testsupport.KafkaBroker;
import org.assises.testsupport.Postgres;

/**
 * The whole system on one machine: PostgreSQL with one database per service, one Kafka broker and the
 * four services, each a real process. Used by the run command and by the cross-service tests.
 */
public final class Stack implements AutoCloseable {

    /** How to start the stack: where things live and on which ports. */
    public record Options(Path root, Path dataDir, boolean keepData, int postgresPort, int kafkaPort, int kafkaControllerPort,
            Map<ServiceProcess.Service, Integer> ports, Map<String, String> extraEnv) {
    }

    private final Options options;
    private final Postgres postgres;
    private final KafkaBroker kafka;
    private final Map<ServiceProcess.Service, ServiceProcess> services = new EnumMap<>(ServiceProcess.Service.class);

    private Stack(Options options, Postgres postgres, KafkaBroker kafka) {
        this.options = options;
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /** Starts PostgreSQL, Kafka and the four services, and waits until every service is ready. */
    public static Stack start(Options options) throws IOException {
        Files.createDirectories(options.dataDir());
        Postgres postgres = Postgres.start(options.dataDir().resolve("postgres"), options.postgresPort(), options.keepData());
        KafkaBroker kafka;
        try {
            kafka = KafkaBroker.start(KafkaBroker.defaultJar(), options.dataDir().resolve("kafka"), options.kafkaPort(),
                    options.kafkaControllerPort());
        } catch (IOException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        Stack stack = new Stack(options, postgres, kafka);
        try {
            stack.startServices();
        } catch (IOException | RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    private void startServices() throws IOException {
        Path publicKey = options.dataDir().resolve("dev-public-key.pem");
        Files.writeString(publicKey, DevTokens.publicKeyPem(), StandardCharsets.UTF_8);
        for (ServiceProcess.Service service : ServiceProcess.Service.values()) {
            postgres.ensureDatabase(service.database);
            Map<String, String> env = new HashMap<>();
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database));
            env.put("QUARKUS_DATASOURCE_USERNAME", Postgres.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", Postgres.PASSWORD);
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toUri().toString());
            env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
            // The only place outside tests where the development key is trusted (TokenKeyGuard).
            env.put("ASSISES_SECURITY_TRUST_DEVELOPMENT_KEY", "true");
            env.putAll(options.extraEnv());
            int port = options.ports().getOrDefault(service, service.defaultPort);
            services.put(service, ServiceProcess.start(options.root(), service, port, env, options.dataDir().resolve("logs")));
        }
        // The services start side by side; wait for all of them together.
        ExecutorService pool = Executors.newFixedThreadPool(services.size());
        try {
            List<Future<?>> waits = new ArrayList<>();
            for (ServiceProcess process : services.values()) {
                waits.add(pool.submit(() -> {
                    process.awaitReady(Duration.ofMinutes(3));
                    return null;
                }));
            }
            for (Future<?> wait : waits) {
                try {
                    wait.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while starting the services", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    public ServiceProcess service(ServiceProcess.Service service) {
        return services.get(service);
    }

    public Map<ServiceProcess.Service, ServiceProcess> services() {
        return services;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public Postgres postgres() {
        return postgres;
    }

    /** Stops the services first (so they flush and commit), then Kafka, then PostgreSQL. */
    @Override
    public void close() throws IOException {
        services.values().parallelStream().forEach(ServiceProcess::close);
        services.clear();
        kafka.close();
        postgres.close();
    }
}
