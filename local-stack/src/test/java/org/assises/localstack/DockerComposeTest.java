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

/** docker-compose.yml parses and agrees with the services: each one, its port, database and topics. */
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

    private static Properties applicationProperties(ServiceProcess.Service service) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(ROOT.resolve(service.module).resolve("src/main/resources/application.properties"))) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
