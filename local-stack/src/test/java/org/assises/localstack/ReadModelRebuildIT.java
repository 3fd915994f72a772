package org.assises.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assises.localstack.SharedStack.JSON;
import static org.assises.localstack.SharedStack.LOGISTICS;
import static org.assises.localstack.SharedStack.ORGANISER;
import static org.assises.localstack.SharedStack.get;
import static org.assises.localstack.SharedStack.json;
import static org.assises.localstack.SharedStack.send;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logistics' participants, damaged in its own database, rebuilt from registration's snapshot events while
 * registrations and cancellations go on, end equal to registration's: ids, names, side, status and the
 * rest logistics keeps.
 */
@ExtendWith(SharedStack.class)
class ReadModelRebuildIT {

    private static final String[] FAMILY = {"Zhang", "Wang", "Li", "Zhao", "Liu", "Chen", "Yang", "Huang", "Zhou", "Wu"};
    private static final String[] ZH = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"};

    @Test
    void logisticsParticipantsRebuiltFromSnapshotsEqualRegistrations() throws Exception {
        String edition = SharedStack.newEdition("rebuild");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ids.add(register(edition, i));
        }
        SharedStack.await("logistics has the 24 participants", Duration.ofSeconds(60),
                () -> logistics(edition).size() == 24);

        // Damage logistics' read model behind its back: three participants lost, two changed.
        try (Connection db = SharedStack.database(ServiceProcess.Service.LOGISTICS)) {
            for (String table : List.of("room_assignment", "vip_transfer", "shuttle_seat", "participant")) {
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE "
                        + ("participant".equals(table) ? "id" : "participant_id") + " IN (?::uuid, ?::uuid, ?::uuid)")) {
                    delete.setString(1, ids.get(0));
                    delete.setString(2, ids.get(1));
                    delete.setString(3, ids.get(2));
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement change = db.prepareStatement(
                    "UPDATE participant SET family_name = 'Damaged', status = 'WITHDRAWN', vip = NOT vip WHERE id IN (?::uuid, ?::uuid)")) {
                change.setString(1, ids.get(3));
                change.setString(2, ids.get(4));
                assertThat(change.executeUpdate()).isEqualTo(2);
            }
        }
        assertThat(logistics(edition)).hasSize(21).isNotEqualTo(registration(edition));

        // Traffic goes on while the snapshot is taken: new registrations and cancellations of known participants.
        AtomicBoolean going = new AtomicBoolean(true);
        ExecutorService traffic = Executors.newSingleThreadExecutor();
        Future<Integer> sent = traffic.submit(() -> {
            int n = 0;
            while (going.get() || n < 6) {
                register(edition, 100 + n);
                if (n % 2 == 0 && 5 + n < ids.size()) {
                    cancel(ids.get(5 + n));
                }
                n++;
            }
            return n;
        });
        try {
            Thread.sleep(300);
            HttpResponse<String> run = send(ServiceProcess.Service.REGISTRATION, "POST",
                    "/api/v1/ops/editions/" + edition + "/snapshots/participants", ORGANISER, null);
            assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
            assertThat(json(run).path("events").asInt()).isGreaterThanOrEqualTo(24);
            Thread.sleep(300);
        } finally {
            going.set(false);
        }
        int more = sent.get();
        traffic.shutdown();

        SharedStack.await("logistics' participants equal registration's", Duration.ofSeconds(60),
                () -> logistics(edition).equals(registration(edition)));
        Map<String, Map<String, String>> rebuilt = logistics(edition);
        assertThat(rebuilt).hasSize(24 + more);
        assertThat(rebuilt.get(ids.get(0)).get("familyName")).isEqualTo(FAMILY[0]);
        assertThat(rebuilt.get(ids.get(3)).get("status")).isEqualTo("CONFIRMED");
        assertThat(rebuilt.get(ids.get(5)).get("status")).isEqualTo("CANCELLED");

        // The counts on call compares agree too.
        JsonNode counts = json(get(ServiceProcess.Service.LOGISTICS, "/api/v1/participants/counts?edition=" + edition, LOGISTICS));
        JsonNode statistics = json(get(ServiceProcess.Service.REGISTRATION, "/api/v1/editions/" + edition + "/statistics", ORGANISER));
        assertThat(counts.path("byStatus")).isEqualTo(statistics.path("byStatus"));
        assertThat(counts.path("bySide")).isEqualTo(statistics.path("bySide"));
    }

    /** An organiser's direct registration, every other one Chinese and a VIP with a flight; its id. */
    private static String register(String edition, int i) throws Exception {
        boolean chinese = i % 2 == 0;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("edition", edition);
        body.put("side", chinese ? "CHINESE" : "FRENCH");
        body.put("familyName", FAMILY[i % FAMILY.length]);
        body.put("givenName", "Essai" + i);
        body.put("nameZh", ZH[i % ZH.length] + "测试");
        body.put("organisation", chinese ? "Ville fictive de Jinshan" : "Commune fictive de Saint-Essai");
        body.put("function", chinese ? "Adjoint au maire" : "Chargée de mission");
        body.put("vip", i % 4 == 0);
        body.put("hotelNeeded", chinese);
        body.put("galaDinner", i % 3 == 0);
        if (chinese) {
            body.put("arrival", Map.of("at", "2018-12-10T14:35:00+01:00", "transport", "CA933", "place", "TLS"));
        }
        HttpResponse<String> response = send(ServiceProcess.Service.REGISTRATION, "POST", "/api/v1/participants", ORGANISER,
                JSON.writeValueAsString(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("id").asText();
    }

    private static void cancel(String id) throws Exception {
        HttpResponse<String> response = send(ServiceProcess.Service.REGISTRATION, "POST", "/api/v1/participants/" + id + "/cancel",
                ORGANISER, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** Registration's participants of the edition, by id, in the fields logistics keeps. */
    private static Map<String, Map<String, String>> registration(String edition) throws Exception {
        JsonNode page = json(get(ServiceProcess.Service.REGISTRATION, "/api/v1/participants?edition=" + edition + "&size=500", ORGANISER));
        Map<String, Map<String, String>> byId = new TreeMap<>();
        for (JsonNode p : page.path("items")) {
            Map<String, String> fields = common(p);
            fields.put("arrivalAt", instant(p.path("arrival").path("at")));
            fields.put("arrivalTransport", text(p.path("arrival").path("transport")));
            fields.put("arrivalPlace", text(p.path("arrival").path("place")));
            byId.put(p.path("id").asText(), fields);
        }
        return byId;
    }

    /** Logistics' participants of the edition, by id, in the same fields. */
    private static Map<String, Map<String, String>> logistics(String edition) throws Exception {
        JsonNode list = json(get(ServiceProcess.Service.LOGISTICS, "/api/v1/participants?edition=" + edition + "&size=500", LOGISTICS));
        Map<String, Map<String, String>> byId = new TreeMap<>();
        for (JsonNode p : list) {
            Map<String, String> fields = common(p);
            fields.put("arrivalAt", instant(p.path("arrivalAt")));
            fields.put("arrivalTransport", text(p.path("arrivalTransport")));
            fields.put("arrivalPlace", text(p.path("arrivalPlace")));
            byId.put(p.path("id").asText(), fields);
        }
        return byId;
    }

    private static Map<String, String> common(JsonNode p) {
        Map<String, String> fields = new TreeMap<>();
        for (String field : List.of("edition", "side", "status", "familyName", "givenName", "nameZh", "organisation", "function",
                "delegationId", "fieldVisit")) {
            fields.put(field, text(p.path(field)));
        }
        for (String flag : List.of("vip", "hotelNeeded", "galaDinner")) {
            fields.put(flag, Boolean.toString(p.path(flag).asBoolean(false)));
        }
        return fields;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static String instant(JsonNode node) {
        String text = text(node);
        return text == null ? null : OffsetDateTime.parse(text).toInstant().toString();
    }
}
