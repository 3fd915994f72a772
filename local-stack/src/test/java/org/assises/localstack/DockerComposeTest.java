package org.assises.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.assises.contracts.Topics;

/**
 * docker-compose.yml parses and agrees with the services: each one, its port, database and topics; and it
 * is fit for production: no development key, generated secrets, restart policy, memory and shutdown.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of(System.getProperty("assises.root", "..")).toAbsolutePath().normalize();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() throws IOException {
        try (InputStream in = Files.newInputStream(ROOT.resolve("docker-compose.yml"))) {
            return (Map<String, Object>) new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void everyServiceIsThereWithItsPortDatabaseHealthcheckAndDependencies() throws IOException {
        Map<String, Object> services = map(compose().get("services"));
        assertThat(services).containsKeys("postgres", "kafka", "kafka-topics");
        assertThat(map(services.get("postgres"))).containsKey("healthcheck");
        assertThat(map(services.get("kafka"))).containsKey("healthcheck");
        String initSql = Files.readString(ROOT.resolve("docker/postgres/init.sql"));

        for (ServiceProcess.Service service : ServiceProcess.Service.values()) {
            Map<String, Object> definition = map(services.get(service.module));
            assertThat(definition).as(service.module).isNotNull();

            Map<String, Object> build = map(definition.get("build"));
            assertThat(ROOT.resolve(build.get("context").toString()).resolve(build.get("dockerfile").toString())).isRegularFile();
            assertThat((List<Object>) definition.get("ports")).containsExactly(service.defaultPort + ":" + service.defaultPort);

            Map<String, Object> env = map(definition.get("environment"));
            assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL").toString()).endsWith("/" + service.database);
            assertThat(env).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092").containsKey("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
            assertThat(initSql).contains("CREATE DATABASE " + service.database + " ");

            assertThat(map(definition.get("healthcheck")).get("test").toString()).contains(":" + service.defaultPort + "/q/health/ready");
            Map<String, Object> dependsOn = map(definition.get("depends_on"));
            assertThat(map(dependsOn.get("postgres"))).containsEntry("condition", "service_healthy");
            assertThat(map(dependsOn.get("kafka"))).containsEntry("condition", "service_healthy");

            Properties config = applicationProperties(service);
            assertThat(config.getProperty("quarkus.http.port")).isEqualTo(Integer.toString(service.defaultPort));
            assertThat(config.getProperty("quarkus.datasource.jdbc.url")).endsWith("/" + service.database);
        }
    }

    @Test
    void everyTopicOfThePlatformAndOfTheServicesIsCreated() throws Exception {
        String topicsCommand = map(map(compose().get("services")).get("kafka-topics")).get("command").toString();
        List<String> expected = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                expected.add((String) field.get(null));
            }
        }
        for (ServiceProcess.Service service : ServiceProcess.Service.values()) {
            expected.add(Topics.deadLetter(service.module));
            for (String key : applicationProperties(service).stringPropertyNames()) {
                if (key.startsWith("mp.messaging.") && (key.endsWith(".topic") || key.endsWith(".dead-letter-queue.topic"))) {
                    expected.add(applicationProperties(service).getProperty(key));
                }
            }
        }
        assertThat(expected).hasSizeGreaterThan(8);
        for (String topic : expected) {
            assertThat(topicsCommand).as("topic %s created by kafka-topics", topic).containsPattern("(^|\\s)" + topic.replace(".", "\\.") + "([\\s;]|$)");
        }
    }

    @Test
    void noInsecureDefaultSecretsGeneratedPerDeploymentAndReadFromFiles() throws IOException {
        String text = Files.readString(ROOT.resolve("docker-compose.yml"));
        assertThat(text).as("the development key is trusted only by tests and the local stack")
                .doesNotContain("dev-keys").doesNotContain("TRUST_DEVELOPMENT_KEY");
        Map<String, Object> services = map(compose().get("services"));
        Map<String, Object> secrets = map(services.get("secrets"));
        assertThat(secrets.get("entrypoint").toString()).contains("/init-secrets.sh");
        String script = Files.readString(ROOT.resolve("docker/secrets/init-secrets.sh"));
        assertThat(script).contains("openssl genpkey", "-pubout -out /jwt-public/publicKey.pem", "/db-service/ASSISES_DB_PASSWORD");
        assertThat((List<Object>) secrets.get("volumes")).contains("./docker/secrets/init-secrets.sh:/init-secrets.sh:ro");

        Map<String, Object> postgres = map(services.get("postgres"));
        assertThat(map(postgres.get("environment"))).containsKey("POSTGRES_PASSWORD_FILE").doesNotContainKey("POSTGRES_PASSWORD");
        assertThat(Files.readString(ROOT.resolve("docker/postgres/init.sql"))).as("no password literal").doesNotContainPattern("(?i)PASSWORD\\s+'");
        assertThat(Files.readString(ROOT.resolve("docker/postgres/00-role.sh"))).contains("/run/secrets/ASSISES_DB_PASSWORD");

        Properties platform = platformDefaults();
        assertThat(platform.getProperty("smallrye.config.source.file.locations")).isEqualTo("/run/secrets");
        assertThat(platform.getProperty("quarkus.datasource.password")).contains("ASSISES_DB_PASSWORD");
        for (ServiceProcess.Service service : ServiceProcess.Service.values()) {
            Map<String, Object> definition = map(services.get(service.module));
            Map<String, Object> env = map(definition.get("environment"));
            assertThat(env).as(service.module).doesNotContainKeys("QUARKUS_DATASOURCE_PASSWORD", "ASSISES_DB_PASSWORD");
            assertThat(env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION").toString()).contains("file:/keys/publicKey.pem");
            assertThat(env.get("QUARKUS_PROFILE").toString()).contains("prod").contains("container");
            assertThat((List<Object>) definition.get("volumes")).containsExactlyInAnyOrder("jwt-public:/keys:ro", "db-service:/run/secrets:ro");
            assertThat(map(definition.get("depends_on"))).containsKey("secrets");
        }
    }

    @Test
    void servicesRestartWithMemoryMatchingTheJvmAndTimeToStopGracefully() throws IOException {
        Map<String, Object> services = map(compose().get("services"));
        long shutdownSeconds = java.time.Duration.parse(platformDefaults().getProperty("quarkus.shutdown.timeout")).toSeconds();
        for (ServiceProcess.Service service : ServiceProcess.Service.values()) {
            Map<String, Object> definition = map(services.get(service.module));
            assertThat(definition).as(service.module).containsEntry("restart", "unless-stopped");
            long limitMiB = mebibytes(definition.get("mem_limit").toString());
            int heapPercent = Integer.parseInt(map(definition.get("environment")).get("JAVA_MAX_MEM_RATIO").toString());
            // The heap leaves at least 128 MiB for metaspace, threads and direct buffers, and is at least 256 MiB.
            assertThat(limitMiB * heapPercent / 100).as(service.module + " heap").isBetween(256L, limitMiB - 128);
            long grace = java.time.Duration.parse("PT" + definition.get("stop_grace_period").toString().toUpperCase()).toSeconds();
            assertThat(grace).as(service.module + " stop_grace_period covers quarkus.shutdown.timeout").isGreaterThan(shutdownSeconds);
        }
        assertThat(map(services.get("postgres"))).containsEntry("restart", "unless-stopped");
        assertThat(map(services.get("kafka"))).containsEntry("restart", "unless-stopped");
    }

    private static long mebibytes(String size) {
        String digits = size.replaceAll("[^0-9]", "");
        return size.toLowerCase().endsWith("g") ? Long.parseLong(digits) * 1024 : Long.parseLong(digits);
    }

    static Properties platformDefaults() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(ROOT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"))) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Properties applicationProperties(ServiceProcess.Service service) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(ROOT.resolve(service.module).resolve("src/main/resources/application.properties"))) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
