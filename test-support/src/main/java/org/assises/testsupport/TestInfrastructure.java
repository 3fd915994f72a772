package org.assises.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The PostgreSQL server and Kafka broker of one test JVM, started on first use and stopped when the
 * JVM exits. External servers are used instead when {@code ASSISES_TEST_ADMIN_JDBC_URL} (a superuser
 * JDBC URL) or {@code KAFKA_BOOTSTRAP_SERVERS} are set.
 *
 * <p>Quarkus loads test resources again in a new class loader when a test profile restarts the
 * application, so the servers started first are also announced in system properties (JVM-wide) and
 * reused from there rather than started twice.
 */
public final class TestInfrastructure {

    private static final String POSTGRES_URL_PROPERTY = "assises.test.postgres.admin-url";
    private static final String KAFKA_PROPERTY = "assises.test.kafka.bootstrap-servers";

    private static Postgres postgres;
    private static KafkaBroker kafka;

    private TestInfrastructure() {
    }

    public static synchronized Postgres postgres() {
        if (postgres == null) {
            String external = System.getProperty(POSTGRES_URL_PROPERTY, System.getenv("ASSISES_TEST_ADMIN_JDBC_URL"));
            try {
                postgres = external != null && !external.isBlank()
                        ? Postgres.external(external)
                        : Postgres.start(workDir().resolve("postgres-" + ProcessHandle.current().pid()), 0, false);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start PostgreSQL", e);
            }
            if (!postgres.isEmbedded()) {
                return postgres;
            }
            System.setProperty(POSTGRES_URL_PROPERTY, postgres.adminUrl());
            Postgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the data folder is throwaway
                }
            }, "stop-test-postgres"));
        }
        return postgres;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            String external = System.getProperty(KAFKA_PROPERTY, System.getenv("KAFKA_BOOTSTRAP_SERVERS"));
            try {
                kafka = external != null && !external.isBlank()
                        ? KafkaBroker.external(external)
                        : KafkaBroker.start(KafkaBroker.defaultJar(), workDir().resolve("kafka-" + ProcessHandle.current().pid()), 0, 0);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the Kafka broker", e);
            }
            System.setProperty(KAFKA_PROPERTY, kafka.bootstrapServers());
        }
        return kafka;
    }

    private static Path workDir() {
        return Path.of("target", "test-infra").toAbsolutePath();
    }
}
