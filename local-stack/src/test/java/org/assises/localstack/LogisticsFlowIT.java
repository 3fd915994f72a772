package org.assises.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assises.localstack.SharedStack.JSON;
import static org.assises.localstack.SharedStack.LOGISTICS;
import static org.assises.localstack.SharedStack.ORGANISER;
import static org.assises.localstack.SharedStack.get;
import static org.assises.localstack.SharedStack.send;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.assises.platform.security.Roles;
import org.assises.testsupport.DevTokens;

/**
 * Logistics follows registration on its own, across the packaged services: APCAE pushes a delegation
 * (a VIP and a member), logistics plans rooms, the VIP's car and the member's airport shuttle; a new
 * push with a later flight moves the pickup and the shuttle; a cancellation frees the room.
 */
@ExtendWith(SharedStack.class)
class LogisticsFlowIT {

    private static final String EDITION = SharedStack.EDITION;

    @BeforeAll
    static void loadReferenceLogistics() throws Exception {
        HttpResponse<String> loaded = send(ServiceProcess.Service.LOGISTICS, "POST", "/api/v1/editions/" + EDITION + "/reference-logistics",
                ORGANISER, null);
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(201);
    }

    @Test
    void aMovedArrivalMovesThePickupAndTheShuttleAndACancellationFreesTheRoom() throws Exception {
        JsonNode report = push("2018-12-10T14:35:00+01:00");
        String vip = memberId(report, "IT-VIP-1");
        String member = memberId(report, "IT-MEMBER-1");
        SharedStack.await("both members in logistics", Duration.ofSeconds(30), () -> get(ServiceProcess.Service.LOGISTICS,
                "/api/v1/participants/" + member, LOGISTICS).statusCode() == 200 && get(ServiceProcess.Service.LOGISTICS,
                "/api/v1/participants/" + vip, LOGISTICS).statusCode() == 200);
        HttpResponse<String> planned = send(ServiceProcess.Service.LOGISTICS, "POST", "/api/v1/editions/" + EDITION + "/plan",
                LOGISTICS, null);
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);

        JsonNode vipPlan = assignments(vip);
        assertThat(pickup(vipPlan).path("pickupAt").asText()).isEqualTo("2018-12-10T14:35:00+01:00");
        assertThat(pickup(vipPlan).path("car").asText()).isNotBlank();
        assertThat(pickup(vipPlan).path("escort").asText()).isNotBlank();
        assertThat(arrivalShuttle(assignments(member)).path("departsAt").asText()).isEqualTo("2018-12-10T15:20:00+01:00");
        assertThat(assignments(member).path("hotel").path("nights").size()).isEqualTo(3);

        // APCAE's new list: both arrive the next morning. Logistics re-plans on its own.
        push("2018-12-11T07:10:00+01:00");
        awaitAssignments(vip, a -> "2018-12-11T07:10:00+01:00".equals(pickup(a).path("pickupAt").asText()));
        awaitAssignments(member, a -> "2018-12-11T07:55:00+01:00".equals(arrivalShuttle(a).path("departsAt").asText())
                && a.path("hotel").path("nights").size() == 2);

        // The member is cancelled at registration: the room is freed.
        HttpResponse<String> cancelled = send(ServiceProcess.Service.REGISTRATION, "POST", "/api/v1/participants/" + member + "/cancel",
                ORGANISER, null);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        awaitAssignments(member, a -> absent(a.path("hotel")) && a.path("shuttleSeats").isEmpty());
        JsonNode rooms = JSON.readTree(get(ServiceProcess.Service.LOGISTICS, "/api/v1/editions/" + EDITION + "/rooms", LOGISTICS).body());
        for (JsonNode room : rooms) {
            assertThat(room.path("participantId").asText()).isNotEqualTo(member);
        }
        JsonNode changes = JSON.readTree(get(ServiceProcess.Service.LOGISTICS, "/api/v1/editions/" + EDITION
                + "/changes?since=2000-01-01T00:00:00Z", LOGISTICS).body());
        boolean roomFreed = false;
        for (JsonNode c : changes) {
            roomFreed |= member.equals(c.path("participantId").asText()) && "ROOM".equals(c.path("what").asText()) && absent(c.path("after"))
                    && c.path("cause").asText().contains("cancelled");
        }
        assertThat(roomFreed).as("the change list says the room was freed by the cancellation: " + changes).isTrue();
    }

    /** Responses leave out absent values (the platform's non-null rule), so "no hotel" is a missing field. */
    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private static JsonNode push(String arrival) throws Exception {
        String body = """
                {"name":"Délégation fictive de test","members":[%s,%s]}""".formatted(member("IT-VIP-1", "Qian", "钱", true, arrival),
                member("IT-MEMBER-1", "Sun", "孙", false, arrival));
        HttpResponse<String> response = send(ServiceProcess.Service.REGISTRATION, "PUT", "/api/v1/editions/" + EDITION
                + "/delegations/SC-IT", DevTokens.token("apcae-beijing", Duration.ofHours(1), Roles.APCAE), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String member(String personId, String familyName, String nameZh, boolean vip, String arrival) {
        return """
                {"personId":"%s","familyName":"%s","givenName":"Test","nameZh":"%s","gender":"FEMALE","dateOfBirth":"1970-01-01",
                 "organisation":"Province fictive de test","function":"Directrice","vip":%s,"languages":["zh"],
                 "arrival":{"at":"%s","transport":"CA933","place":"TLS"},
                 "departure":{"at":"2018-12-13T18:00:00+01:00","transport":"CA934","place":"TLS"},
                 "hotelNeeded":true}""".formatted(personId, familyName, nameZh, vip, arrival);
    }

    private static String memberId(JsonNode report, String personId) {
        for (JsonNode m : report.path("members")) {
            if (personId.equals(m.path("personId").asText())) {
                return m.path("participantId").asText();
            }
        }
        throw new AssertionError("no " + personId + " in the push report " + report);
    }

    private static JsonNode assignments(String participant) throws Exception {
        HttpResponse<String> response = get(ServiceProcess.Service.LOGISTICS, "/api/v1/editions/" + EDITION + "/participants/" + participant
                + "/assignments", LOGISTICS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode pickup(JsonNode assignments) {
        for (JsonNode p : assignments.path("pickups")) {
            if ("ARRIVAL".equals(p.path("direction").asText())) {
                return p;
            }
        }
        return JSON.missingNode();
    }

    private static JsonNode arrivalShuttle(JsonNode assignments) {
        for (JsonNode s : assignments.path("shuttleSeats")) {
            if ("ARRIVAL".equals(s.path("purpose").asText())) {
                return s;
            }
        }
        return JSON.missingNode();
    }

    private static void awaitAssignments(String participant, Predicate<JsonNode> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = assignments(participant);
            if (condition.test(last)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("logistics did not follow registration for " + participant + ": " + last);
    }
}
