package org.assises.registration;

import static io.restassured.RestAssured.given;
import static org.assises.registration.Fixtures.email;
import static org.assises.registration.Fixtures.person;
import static org.assises.registration.Fixtures.selfRegister;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The catalogue follows programme-service's session events: created, capacity changed, cancelled; once per event. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class CatalogueEventsTest {

    static String sessionEvent(String eventId, String type, String edition, String code, String kind, Integer capacity, String status) {
        return """
                {"specversion":"1.0","id":"%s","source":"programme-service","type":"%s","subject":"%s",
                 "time":"2018-09-01T10:00:00Z","datacontenttype":"application/json",
                 "data":{"sessionId":"%s","edition":"%s","code":"%s","kind":"%s",
                  "title":{"fr":"Visite du Canal du Midi","zh":"参观米迪运河"},"theme":"TOURISM","status":"%s",
                  "start":"2018-12-13T11:00:00+01:00","end":"2018-12-13T16:00:00+01:00","capacity":%s,"audience":"OPEN"}}"""
                .formatted(eventId, type, UUID.nameUUIDFromBytes(code.getBytes()), UUID.nameUUIDFromBytes(code.getBytes()), edition, code,
                        kind, status, capacity == null ? "null" : capacity.toString());
    }

    static void send(String message) {
        BrokerEvents.onTestBroker().send(Topics.PROGRAMME_SESSIONS, "k", message);
    }

    static Map<String, Object> item(String edition, String code) {
        List<Map<String, Object>> items = given().when().get("/api/v1/editions/" + edition + "/catalogue").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return items.stream().filter(i -> code.equals(i.get("code"))).findFirst().orElse(null);
    }

    /** Waits until the consumer applied what the test sent (the consumer is asynchronous by nature). */
    static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        T value = read.get();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            value = read.get();
        }
        return value;
    }

    @Test
    void sessionEventsCreateUpdateAndCloseCatalogueItems() throws Exception {
        String edition = Fixtures.edition(10, 10);
        String code = "visit-canal-du-midi";
        send(sessionEvent(UUID.randomUUID().toString(), EventTypes.SESSION_CREATED, edition, code, "FIELD_VISIT", 1, "CONFIRMED"));
        Map<String, Object> created = eventually(() -> item(edition, code), i -> i != null);
        assertThat(created).isNotNull().containsEntry("kind", "FIELD_VISIT").containsEntry("capacity", 1).containsEntry("open", true);

        assertThat(selfRegister(edition, person(email()).replace("visit-regal", code)).statusCode()).isEqualTo(201);
        var full = assertProblem(selfRegister(edition, person(email()).replace("visit-regal", code)), 409, "choice-unavailable");
        assertThat(full.jsonPath().getList("alternatives", String.class)).contains("visit-regal", "visit-airbus");

        // The same event delivered twice is applied once; a capacity change lets one more in.
        String changed = sessionEvent(UUID.randomUUID().toString(), EventTypes.SESSION_CHANGED, edition, code, "FIELD_VISIT", 2, "CONFIRMED");
        send(changed);
        send(changed);
        eventually(() -> item(edition, code), i -> Integer.valueOf(2).equals(i.get("capacity")));
        assertThat(selfRegister(edition, person(email()).replace("visit-regal", code)).statusCode()).isEqualTo(201);

        send(sessionEvent(UUID.randomUUID().toString(), EventTypes.SESSION_CANCELLED, edition, code, "FIELD_VISIT", 2, "CANCELLED"));
        Map<String, Object> closed = eventually(() -> item(edition, code), i -> Boolean.FALSE.equals(i.get("open")));
        assertThat(closed).containsEntry("open", false).containsEntry("taken", 2);

        // Sessions that are not workshops or visits are not offered at registration.
        send(sessionEvent(UUID.randomUUID().toString(), EventTypes.SESSION_CREATED, edition, "gala-dinner", "GALA_DINNER", 300, "CONFIRMED"));
        String marker = "workshop-marker";
        send(sessionEvent(UUID.randomUUID().toString(), EventTypes.SESSION_CREATED, edition, marker, "PARALLEL_WORKSHOP", 10, "CONFIRMED"));
        eventually(() -> item(edition, marker), i -> i != null);
        assertThat(item(edition, "gala-dinner")).isNull();
    }

    @Test
    void aRestoredSessionReopensItsItemAndADeletedOneClosesIt() throws Exception {
        String edition = Fixtures.edition(10, 10);
        String code = "visit-cite-de-carcassonne";
        send(sessionEvent(UUID.randomUUID().toString(), EventTypes.SESSION_CREATED, edition, code, "FIELD_VISIT", 5, "CONFIRMED"));
        eventually(() -> item(edition, code), i -> i != null);
        send(sessionEvent(UUID.randomUUID().toString(), EventTypes.SESSION_CANCELLED, edition, code, "FIELD_VISIT", 5, "CANCELLED"));
        eventually(() -> item(edition, code), i -> Boolean.FALSE.equals(i.get("open")));
        assertProblem(selfRegister(edition, person(email()).replace("visit-regal", code)), 409, "choice-unavailable");

        // Restored (delivered twice): open again, and participants can choose it.
        String restored = sessionEvent(UUID.randomUUID().toString(), EventTypes.SESSION_RESTORED, edition, code, "FIELD_VISIT", 5, "TENTATIVE");
        send(restored);
        send(restored);
        assertThat(eventually(() -> item(edition, code), i -> Boolean.TRUE.equals(i.get("open")))).containsEntry("open", true);
        assertThat(selfRegister(edition, person(email()).replace("visit-regal", code)).statusCode()).isEqualTo(201);

        // Deleted in programme: closed, the place already held stays visible.
        send(sessionEvent(UUID.randomUUID().toString(), EventTypes.SESSION_DELETED, edition, code, "FIELD_VISIT", 5, "TENTATIVE"));
        Map<String, Object> closed = eventually(() -> item(edition, code), i -> Boolean.FALSE.equals(i.get("open")));
        assertThat(closed).containsEntry("open", false).containsEntry("taken", 1);
        assertProblem(selfRegister(edition, person(email()).replace("visit-regal", code)), 409, "choice-unavailable");
    }

    @Test
    void sessionSnapshotsRebuildTheCatalogueOnce() throws Exception {
        String edition = Fixtures.edition(10, 10);
        // An item registration lost (never heard of), one whose capacity is wrong, one cancelled in programme.
        send(sessionEvent(UUID.randomUUID().toString(), EventTypes.SESSION_CREATED, edition, "visit-pont-du-gard", "FIELD_VISIT", 3,
                "CONFIRMED"));
        eventually(() -> item(edition, "visit-pont-du-gard"), i -> i != null);
        String lost = "visit-albi-cathedrale";
        String snapshot = sessionEvent(UUID.randomUUID().toString(), EventTypes.SESSION_SNAPSHOT, edition, lost, "FIELD_VISIT", 12,
                "CONFIRMED");
        send(snapshot);
        send(sessionEvent(UUID.randomUUID().toString(), EventTypes.SESSION_SNAPSHOT, edition, "visit-pont-du-gard", "FIELD_VISIT", 8,
                "CONFIRMED"));
        send(sessionEvent(UUID.randomUUID().toString(), EventTypes.SESSION_SNAPSHOT, edition, "workshop-tourism", "PLENARY_WORKSHOP", 500,
                "CANCELLED"));
        assertThat(eventually(() -> item(edition, "workshop-tourism"), i -> Boolean.FALSE.equals(i.get("open")))).containsEntry("open", false);
        assertThat(item(edition, lost)).containsEntry("capacity", 12).containsEntry("open", true).containsEntry("kind", "FIELD_VISIT");
        assertThat(item(edition, "visit-pont-du-gard")).containsEntry("capacity", 8);
        // The same snapshot again after a change of that session: once applied, it is skipped (a marker follows on the same key).
        send(sessionEvent(UUID.randomUUID().toString(), EventTypes.SESSION_CHANGED, edition, lost, "FIELD_VISIT", 20, "CONFIRMED"));
        send(snapshot);
        send(sessionEvent(UUID.randomUUID().toString(), EventTypes.SESSION_CREATED, edition, "workshop-marker-2", "PARALLEL_WORKSHOP", 10,
                "CONFIRMED"));
        eventually(() -> item(edition, "workshop-marker-2"), i -> i != null);
        assertThat(item(edition, lost)).containsEntry("capacity", 20);
    }

    @Test
    void poisonMessageGoesToTheDeadLetterTopic() {
        String poison = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"" + EventTypes.SESSION_CREATED
                + "\",\"data\":{\"capacity\":\"many\"}}";
        send(poison);
        var dead = BrokerEvents.onTestBroker().await(Topics.deadLetter("registration-service"), m -> poison.equals(m.raw()), 1,
                Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
    }
}
