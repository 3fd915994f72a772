package org.assises.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assises.localstack.SharedStack.JSON;
import static org.assises.localstack.SharedStack.awaitInLogistics;
import static org.assises.localstack.SharedStack.get;
import static org.assises.localstack.SharedStack.registerChinese;
import static org.assises.localstack.SharedStack.send;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import org.assises.platform.security.Roles;
import org.assises.testsupport.DevTokens;

/**
 * The four packaged services, one PostgreSQL and one Kafka broker, each a real process: a participant
 * created in registration-service reaches logistics-service through the broker, and a broker outage
 * while participants are created delays their events but loses none.
 */
@ExtendWith(SharedStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossServiceIT {

    /** How long the broker stays down in the outage test; the issue asks for a minute. */
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("assises.it.outage-seconds", 60));

    @Test
    @Order(1)
    void everyServiceIsReadyAndServesItsContract() throws Exception {
        for (ServiceProcess process : SharedStack.stack().services().values()) {
            HttpResponse<String> ready = get(process.service(), "/q/health/ready", null);
            assertThat(ready.statusCode()).as(process.service().module).isEqualTo(200);
            assertThat(JSON.readTree(ready.body()).path("status").asText()).isEqualTo("UP");
            HttpResponse<String> openapi = get(process.service(), "/q/openapi", null);
            assertThat(openapi.statusCode()).isEqualTo(200);
            assertThat(openapi.body()).contains("openapi: 3", "/api/v1/");
            System.out.printf("%s ready, RSS %d MiB%n", process.service().module, process.rssKiB() / 1024);
        }
    }

    @Test
    @Order(2)
    void participantCreatedInRegistrationAppearsInLogistics() throws Exception {
        String id = registerChinese("Huang", "黄", "Préfecture fictive de Lanxi");
        JsonNode seen = awaitInLogistics(id, Duration.ofSeconds(30));
        assertThat(seen.path("nameZh").asText()).isEqualTo("黄");
        assertThat(seen.path("side").asText()).isEqualTo("CHINESE");
        assertThat(seen.path("status").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    @Order(3)
    void programmeSessionsFeedRegistrationCatalogue() throws Exception {
        ServiceProcess.Service programme = ServiceProcess.Service.PROGRAMME;
        String organiser = DevTokens.forRole(Roles.ORGANISER);
        HttpResponse<String> loaded = send(programme, "POST", "/api/v1/editions/assises-2018/reference-programme", organiser, null);
        assertThat(loaded.statusCode()).as(loaded.body()).isIn(200, 201);
        JsonNode sessions = JSON.readTree(get(programme, "/api/v1/editions/assises-2018/sessions", organiser).body());

        // A smaller room for the agriculture workshop: registration's catalogue follows.
        JsonNode agriculture = byCode(sessions, "workshop-agriculture");
        HttpResponse<String> changed = send(programme, "PUT", "/api/v1/editions/assises-2018/sessions/" + agriculture.path("id").asText(),
                organiser, sessionUpdate(agriculture, agriculture.path("status").asText(), 42));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        awaitCatalogue("workshop-agriculture", item -> item.path("capacity").asInt() == 42, Duration.ofSeconds(30));

        // The Airbus visit is cancelled: registration closes it and refuses it to a new participant.
        JsonNode airbus = byCode(sessions, "visit-airbus");
        HttpResponse<String> cancelled = send(programme, "PUT", "/api/v1/editions/assises-2018/sessions/" + airbus.path("id").asText(),
                organiser, sessionUpdate(airbus, "CANCELLED", null));
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        awaitCatalogue("visit-airbus", item -> !item.path("open").asBoolean(), Duration.ofSeconds(30));
        HttpResponse<String> refused = selfRegister("visit-airbus", "workshop-sustainable-city");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    @Order(4)
    void registrationChoicesBecomeProgrammeSignUpsAndLogisticsTravel() throws Exception {
        ServiceProcess.Service programme = ServiceProcess.Service.PROGRAMME;
        String organiser = DevTokens.forRole(Roles.ORGANISER);
        int before = byCode(JSON.readTree(get(programme, "/api/v1/editions/assises-2018/sessions", organiser).body()),
                "workshop-sustainable-city").path("signUps").asInt();

        HttpResponse<String> registered = selfRegister("visit-inra", "workshop-sustainable-city");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String id = JSON.readTree(registered.body()).path("id").asText();

        JsonNode travel = awaitInLogistics(id, Duration.ofSeconds(30));
        assertThat(travel.path("side").asText()).isEqualTo("FRENCH");
        assertThat(travel.path("fieldVisit").asText()).isEqualTo("visit-inra");
        assertThat(travel.path("arrivalTransport").asText()).isEqualTo("TGV 8511");

        Instant deadline = Instant.now().plusSeconds(30);
        int after;
        do {
            Thread.sleep(250);
            after = byCode(JSON.readTree(get(programme, "/api/v1/editions/assises-2018/sessions", organiser).body()),
                    "workshop-sustainable-city").path("signUps").asInt();
        } while (after == before && Instant.now().isBefore(deadline));
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    @Order(5)
    void brokerOutageDelaysEventsButLosesNone() throws Exception {
        SharedStack.stack().kafka().kill();
        List<String> created = new ArrayList<>();
        try {
            Instant outageEnds = Instant.now().plus(OUTAGE);
            int i = 0;
            // Registrations keep being accepted while Kafka is away: the events wait in the outbox.
            while (Instant.now().isBefore(outageEnds) || created.size() < 5) {
                created.add(registerChinese("Outage" + i, "断" + i, "Ville fictive de Shiyan"));
                i++;
                Thread.sleep(Math.max(0, Math.min(OUTAGE.toMillis() / 6, Duration.between(Instant.now(), outageEnds).toMillis())));
            }
            HttpResponse<String> ready = get(ServiceProcess.Service.REGISTRATION, "/q/health/ready", null);
            assertThat(ready.statusCode()).as("readiness while Kafka is down").isEqualTo(503);
            // What ops see meanwhile: the events waiting in registration's outbox.
            assertThat(outboxPending(SharedStack.service(ServiceProcess.Service.REGISTRATION))).isPositive();
        } finally {
            SharedStack.stack().kafka().restart();
        }
        for (String id : created) {
            awaitInLogistics(id, Duration.ofSeconds(90));
        }
        // Every consumer came through the outage: a session created now still reaches registration's
        // catalogue, and every service reports ready again.
        String code = "visit-after-outage-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> session = send(ServiceProcess.Service.PROGRAMME, "POST",
                "/api/v1/editions/assises-2018/sessions", DevTokens.forRole(Roles.ORGANISER), """
                {"code":"%s","kind":"FIELD_VISIT","title":{"fr":"Visite d'après la panne","zh":"故障后参观"},
                 "start":"2018-12-13T11:00:00+01:00","end":"2018-12-13T13:00:00+01:00","status":"CONFIRMED","capacity":30}"""
                .formatted(code));
        assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
        awaitCatalogue(code, item -> item.path("capacity").asInt() == 30, Duration.ofSeconds(60));
        for (ServiceProcess process : SharedStack.stack().services().values()) {
            awaitReady(process, Duration.ofSeconds(60));
        }
        assertThat(outboxPending(SharedStack.service(ServiceProcess.Service.REGISTRATION))).isZero();
        System.out.printf("broker down %d s; %d participants created meanwhile, all delivered after its return%n",
                OUTAGE.toSeconds(), created.size());
    }

    @Test
    @Order(6)
    void killedServiceIsRestartedAndCatchesUpWithNothingLostNorAppliedTwice() throws Exception {
        ServiceProcess logistics = SharedStack.service(ServiceProcess.Service.LOGISTICS);
        long pidBefore = logistics.pid();
        int restartsBefore = logistics.restarts();
        List<String> created = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService burst = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<?> traffic = burst.submit(() -> {
            for (int i = 0; i < 80; i++) {
                created.add(registerChinese("Relance" + i, "重启" + i, "Ville fictive de Xiangyun"));
                Thread.sleep(75);
            }
            return null;
        });
        Thread.sleep(1500);
        // SIGKILL in the middle of the burst: no shutdown hook, the consumer does not leave its group.
        Instant killedAt = Instant.now();
        logistics.kill();
        Instant deadline = killedAt.plusSeconds(60);
        while (logistics.pid() == pidBefore && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(logistics.pid()).as("the local stack starts the killed service again").isNotEqualTo(pidBefore);
        assertThat(logistics.restarts()).isEqualTo(restartsBefore + 1);
        logistics.awaitReady(Duration.ofMinutes(3));
        Instant readyAt = Instant.now();
        List<String> createdBeforeReady = List.copyOf(created);
        for (String id : createdBeforeReady) {
            awaitInLogistics(id, Duration.ofSeconds(60));
        }
        Instant caughtUpAt = Instant.now();
        traffic.get();
        burst.shutdown();
        for (String id : created) {
            awaitInLogistics(id, Duration.ofSeconds(60));
        }

        // Nothing lost, nothing applied twice: each participant event registration wrote was applied by
        // logistics exactly once, and logistics holds exactly one row per participant.
        try (java.sql.Connection registration = SharedStack.database(ServiceProcess.Service.REGISTRATION);
                java.sql.Connection logisticsDb = SharedStack.database(ServiceProcess.Service.LOGISTICS)) {
            java.sql.Array ids = registration.createArrayOf("varchar", created.toArray());
            List<String> eventIds = new ArrayList<>();
            try (java.sql.PreparedStatement events = registration.prepareStatement(
                    "SELECT id::text FROM outbox_event WHERE topic = 'registration.participants' AND message_key = ANY (?)")) {
                events.setArray(1, ids);
                try (java.sql.ResultSet rows = events.executeQuery()) {
                    while (rows.next()) {
                        eventIds.add(rows.getString(1));
                    }
                }
            }
            assertThat(eventIds).hasSizeGreaterThanOrEqualTo(created.size());
            try (java.sql.PreparedStatement applied = logisticsDb.prepareStatement(
                    "SELECT count(*), count(DISTINCT event_id) FROM processed_event WHERE event_id::text = ANY (?)");
                    java.sql.PreparedStatement rows = logisticsDb.prepareStatement(
                            "SELECT count(*), count(DISTINCT id) FROM participant WHERE id::text = ANY (?)")) {
                applied.setArray(1, logisticsDb.createArrayOf("varchar", eventIds.toArray()));
                try (java.sql.ResultSet result = applied.executeQuery()) {
                    result.next();
                    assertThat(result.getInt(1)).as("participant events applied by logistics").isEqualTo(eventIds.size());
                    assertThat(result.getInt(2)).isEqualTo(eventIds.size());
                }
                rows.setArray(1, logisticsDb.createArrayOf("varchar", created.toArray()));
                try (java.sql.ResultSet result = rows.executeQuery()) {
                    result.next();
                    assertThat(result.getInt(1)).as("one logistics row per participant").isEqualTo(created.size());
                    assertThat(result.getInt(2)).isEqualTo(created.size());
                }
            }
        }
        System.out.printf("logistics SIGKILLed during a burst of %d registrations: restarted and ready %d ms after the kill, "
                + "caught up %d ms after it was ready (%d ms after the kill); %d participant events applied once each%n",
                created.size(), Duration.between(killedAt, readyAt).toMillis(), Duration.between(readyAt, caughtUpAt).toMillis(),
                Duration.between(killedAt, caughtUpAt).toMillis(), created.size());
    }

    /** The assises_outbox_pending gauge of a service's Prometheus metrics. */
    private static double outboxPending(ServiceProcess process) throws Exception {
        for (String line : get(process.service(), "/q/metrics", null).body().split("\n")) {
            if (line.startsWith("assises_outbox_pending")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no assises_outbox_pending gauge in the metrics of " + process.service().module);
    }

    private static void awaitReady(ServiceProcess process, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> ready = get(process.service(), "/q/health/ready", null);
        while (ready.statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            ready = get(process.service(), "/q/health/ready", null);
        }
        assertThat(ready.statusCode()).as(process.service().module + " ready after the outage: " + ready.body()).isEqualTo(200);
    }

    private static JsonNode byCode(JsonNode sessions, String code) {
        JsonNode session = find(sessions, code);
        if (session == null) {
            throw new AssertionError("no session " + code + " in the programme");
        }
        return session;
    }

    /** The item of {@code items} with this code, or null. */
    private static JsonNode find(JsonNode items, String code) {
        for (JsonNode item : items) {
            if (code.equals(item.path("code").asText())) {
                return item;
            }
        }
        return null;
    }

    /** The whole new state of a session, as programme-service's PUT takes it, from its current state. */
    private static String sessionUpdate(JsonNode session, String status, Integer capacity) throws Exception {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        for (String field : List.of("code", "kind", "title", "description", "theme", "start", "end", "audience", "mandatory", "coChairs")) {
            if (!session.path(field).isNull() && !session.path(field).isMissingNode()) {
                body.put(field, session.get(field));
            }
        }
        if (session.path("room").hasNonNull("id")) {
            body.put("roomId", session.path("room").path("id").asText());
        }
        body.put("status", status);
        if (capacity != null) {
            body.put("capacity", capacity);
        } else if (session.hasNonNull("requestedCapacity")) {
            body.put("capacity", session.get("requestedCapacity"));
        }
        return JSON.writeValueAsString(body);
    }

    private static void awaitCatalogue(String code, java.util.function.Predicate<JsonNode> condition, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode item = null;
        while (Instant.now().isBefore(deadline)) {
            JsonNode catalogue = JSON.readTree(get(ServiceProcess.Service.REGISTRATION,
                    "/api/v1/editions/assises-2018/catalogue", null).body());
            item = find(catalogue, code);
            if (item != null && condition.test(item)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("registration's catalogue item " + code + " did not follow the programme within " + timeout + ": " + item);
    }

    private static HttpResponse<String> selfRegister(String visit, String parallelWorkshop) throws Exception {
        String body = """
                {"civility":"MS","familyName":"Essaivaine","givenName":"Claire","organisation":"Communauté fictive du Val d'Essai",
                 "function":"Chargée de coopération","category":"STAFF","email":"claire-%s@example.org",
                 "phone":"+33 5 61 00 00 01","languages":["fr"],"interpretationNeeded":true,"galaDinner":true,
                 "workshops":["workshop-tourism","%s"],"fieldVisit":"%s",
                 "arrival":{"at":"2018-12-10T18:00:00+01:00","transport":"TGV 8511","place":"Toulouse-Matabiau"},
                 "departure":{"at":"2018-12-13T17:00:00+01:00","transport":"TGV 8530","place":"Toulouse-Matabiau"},
                 "hotelNeeded":true}""".formatted(UUID.randomUUID(), parallelWorkshop, visit);
        return send(ServiceProcess.Service.REGISTRATION, "POST", "/api/v1/editions/assises-2018/registrations", null, body);
    }
}
