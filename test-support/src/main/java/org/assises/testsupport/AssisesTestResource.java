package org.assises.testsupport;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a service's {@code @QuarkusTest}s a fresh database on the real PostgreSQL server and the real
 * Kafka broker of the test JVM. Use with {@code @QuarkusTestResource(AssisesTestResource.class)}.
 */
public class AssisesTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Postgres postgres = TestInfrastructure.postgres();
        String database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        postgres.ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", Postgres.USER,
                "quarkus.datasource.password", Postgres.PASSWORD,
                "kafka.bootstrap.servers", TestInfrastructure.kafka().bootstrapServers());
    }

    @Override
    public void stop() {
        // The server and the broker live as long as the test JVM; each start() got a new database.
    }
}
