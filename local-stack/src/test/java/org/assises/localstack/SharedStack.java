package org.assises.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assises.platform.security.Roles;
import org.assises.testsupport.DevTokens;
import org.assises.testsupport.Postgres;

/**
 * One local stack for every cross-service test of the run ({@code @ExtendWith(SharedStack.class)}): the four
 * packaged services, PostgreSQL and Kafka started once (about 40 s on two cores), the 2018 edition created
 * in programme-service and known to registration (seeded quotas and catalogue) and logistics, and stopped
 * when the run ends. Tests that need a clean slate create their own edition with {@link #newEdition}.
 * Also the HTTP and database helpers the tests share.
 */
final class SharedStack implements BeforeAllCallback {

    /** The seeded edition: registration has its quotas and catalogue from its seed file. */
    static final String EDITION = "assises-2018";
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ORGANISER = DevTokens.forRole(Roles.ORGANISER);
    static final String LOGISTICS = DevTokens.forRole(Roles.LOGISTICS);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static volatile Stack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).computeIfAbsent(SharedStack.class, key -> {
            try {
                stack = start();
            } catch (Exception e) {
                throw new IllegalStateException("the local stack did not start", e);
            }
            return (AutoCloseable) () -> stack.close();
        }, AutoCloseable.class);
    }

    private static Stack start() throws Exception {
        Path root = Path.of(System.getProperty("assises.root", "..")).toAbsolutePath().normalize();
        Path data = Path.of("target", "it-stack-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(data);
        Map<ServiceProcess.Service, Integer> ports = new EnumMap<>(ServiceProcess.Service.class);
        for (ServiceProcess.Service service : ServiceProcess.Service.values()) {
            ports.put(service, freePort());
        }
        // A short send timeout so that the broker-outage test sees the outbox waiting within seconds; the
        // webhook receivers of the feed test listen on 127.0.0.1, which registration allows only when told.
        Stack started = Stack.start(new Stack.Options(root, data, false, 0, 0, 0, ports, Map.of(
                "ASSISES_OUTBOX_SEND_TIMEOUT", "PT5S",
                "ASSISES_REGISTRATION_SEED_EDITIONS", EDITION,
                "ASSISES_REGISTRATION_FEED_ALLOWED_HOSTS", "127.0.0.1")));
        stack = started;
        // programme-service owns the edition; registration gives it the quotas and catalogue of its seed file.
        createInProgramme(EDITION);
        awaitKnown(EDITION);
        JsonNode edition = json(get(ServiceProcess.Service.REGISTRATION, "/api/v1/editions/" + EDITION, ORGANISER));
        assertThat(edition.path("total").path("size").asInt()).as("seeded quotas").isEqualTo(500);
        return started;
    }

    static Stack stack() {
        if (stack == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(SharedStack.class)");
        }
        return stack;
    }

    static ServiceProcess service(ServiceProcess.Service service) {
        return stack().service(service);
    }

    /**
     * A new edition of its own for a test (same dates and time zone as 2018), created in programme-service,
     * known to registration (with the 2018 seed's quotas and catalogue set through the API) and logistics.
     */
    static String newEdition(String prefix) throws Exception {
        String code = (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(java.util.Locale.ROOT);
        createInProgramme(code);
        awaitKnown(code);
        Path seed = Path.of(System.getProperty("assises.root", "..")).toAbsolutePath().normalize()
                .resolve("registration-service/src/main/resources/seed/" + EDITION + ".json");
        HttpResponse<String> settings = send(ServiceProcess.Service.REGISTRATION, "PUT", "/api/v1/editions/" + code + "/settings",
                ORGANISER, Files.readString(seed));
        assertThat(settings.statusCode()).as(settings.body()).isEqualTo(201);
        return code;
    }

    private static void createInProgramme(String code) throws Exception {
        HttpResponse<String> created = send(ServiceProcess.Service.PROGRAMME, "PUT", "/api/v1/editions/" + code, ORGANISER, """
                {"name":{"fr":"Assises de la coopération décentralisée franco-chinoise 2018","zh":"2018年中法地方合作论坛"},
                 "startsOn":"2018-12-11","endsOn":"2018-12-13","timeZone":"Europe/Paris",
                 "venue":{"fr":"Hôtel de Région Occitanie","zh":"奥克西塔尼大区议会大楼"}}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    /** Waits until registration and logistics have learnt the edition from programme.editions. */
    private static void awaitKnown(String code) throws Exception {
        await("registration and logistics learn " + code + " from programme.editions", Duration.ofSeconds(60), () ->
                get(ServiceProcess.Service.REGISTRATION, "/api/v1/editions/" + code, ORGANISER).statusCode() == 200
                        && get(ServiceProcess.Service.LOGISTICS, "/api/v1/editions/" + code + "/hotel-specification", LOGISTICS)
                                .statusCode() == 200);
    }

    /** A request to a service, with a bearer token and a JSON body when given; add headers before {@link #send(HttpRequest.Builder)}. */
    static HttpRequest.Builder request(ServiceProcess.Service service, String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service(service).baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(ServiceProcess.Service service, String method, String path, String token, String body)
            throws IOException, InterruptedException {
        return send(request(service, method, path, token, body));
    }

    static HttpResponse<String> get(ServiceProcess.Service service, String path, String token) throws IOException, InterruptedException {
        return send(service, "GET", path, token, null);
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** A condition to wait for; it may call the services. */
    interface Check {
        boolean ok() throws Exception;
    }

    /** Polls {@code check} every 250 ms until it holds, or fails the test after {@code timeout}. */
    static void await(String what, Duration timeout, Check check) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!check.ok()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + ": not within " + timeout);
            }
            Thread.sleep(250);
        }
    }

    /** An organiser's registration of a Chinese participant in the 2018 edition; its id. */
    static String registerChinese(String familyName, String nameZh, String organisation) throws Exception {
        return registerChinese(EDITION, familyName, nameZh, organisation);
    }

    /** An organiser's registration of a Chinese participant; its id. */
    static String registerChinese(String edition, String familyName, String nameZh, String organisation) throws Exception {
        String body = JSON.writeValueAsString(Map.of("edition", edition, "side", "CHINESE", "familyName", familyName,
                "givenName", "Test", "nameZh", nameZh, "organisation", organisation));
        HttpResponse<String> response = send(ServiceProcess.Service.REGISTRATION, "POST", "/api/v1/participants", ORGANISER, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("id").asText();
    }

    /** Logistics' view of a participant once it has arrived there through the broker. */
    static JsonNode awaitInLogistics(String id, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            HttpResponse<String> response = get(ServiceProcess.Service.LOGISTICS, "/api/v1/participants/" + id, LOGISTICS);
            if (response.statusCode() == 200) {
                return json(response);
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("participant " + id + " did not reach logistics-service within " + timeout);
            }
            Thread.sleep(250);
        }
    }

    /**
     * Waits until a consumer group has read every record already on a topic (lag 0 on each partition): what
     * was published before this call has been applied or skipped by that service.
     */
    static void awaitConsumed(String group, String topic, Duration timeout) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack().kafka().bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new java.util.HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
            await(group + " has read " + topic + " up to " + ends, timeout, () -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue() == 0 || (committed.get(end.getKey()) != null
                        && committed.get(end.getKey()).offset() >= end.getValue()));
            });
        }
    }

    /** A connection to a service's own database in the stack's PostgreSQL. */
    static Connection database(ServiceProcess.Service service) throws SQLException {
        return DriverManager.getConnection(stack().postgres().jdbcUrl(service.database), Postgres.USER, Postgres.PASSWORD);
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
