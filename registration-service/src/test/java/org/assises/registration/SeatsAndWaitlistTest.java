package org.assises.registration;

import static io.restassured.RestAssured.given;
import static org.assises.registration.Fixtures.ORGANISER;
import static org.assises.registration.Fixtures.email;
import static org.assises.registration.Fixtures.events;
import static org.assises.registration.Fixtures.person;
import static org.assises.registration.Fixtures.selfRegister;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.assises.contracts.EventTypes;
import org.assises.contracts.ParticipantStatus;
import org.assises.contracts.Side;
import org.assises.registration.repository.ParticipantRepository;
import org.assises.registration.repository.QuotaRepository;
import org.assises.testsupport.AssisesTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Quotas that never oversell, the waiting list, promotion on cancellation, organisers' hand on the line. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class SeatsAndWaitlistTest {

    @Inject
    ParticipantRepository participants;

    @Inject
    QuotaRepository quotas;

    @Test
    void concurrentRushForTheLastSeatsNeverOversells() throws Exception {
        String edition = Fixtures.edition(3, 5);
        int attempts = 40;
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return selfRegister(edition, person(email()));
            }));
        }
        start.countDown();
        int confirmed = 0;
        List<Integer> positions = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response r = answer.get();
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
            if ("CONFIRMED".equals(r.path("status"))) {
                confirmed++;
            } else {
                assertThat(r.<String>path("status")).isEqualTo("WAITLISTED");
                positions.add(r.path("waitlistPosition"));
            }
        }
        pool.shutdown();
        assertThat(confirmed).isEqualTo(3);
        assertThat(positions).hasSize(attempts - 3).doesNotHaveDuplicates().allMatch(p -> p >= 1 && p <= attempts - 3);
        assertThat(participants.count("edition = ?1 and status = ?2", edition, ParticipantStatus.CONFIRMED)).isEqualTo(3);
        assertThat(quotas.forEdition(edition).stream().filter(q -> q.side == Side.FRENCH).findFirst().orElseThrow().used).isEqualTo(3);
        given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition).then().statusCode(200)
                .body("french.used", equalTo(3)).body("french.free", equalTo(0)).body("waitlisted.FRENCH", equalTo(attempts - 3));
    }

    @Test
    void cancellationPromotesTheFirstInLineInTheSameTransaction() {
        String edition = Fixtures.edition(1, 1);
        Response seated = selfRegister(edition, person(email()));
        Response first = selfRegister(edition, person(email()));
        Response second = selfRegister(edition, person(email()));
        assertThat(first.<String>path("status")).isEqualTo("WAITLISTED");
        assertThat(first.<Integer>path("waitlistPosition")).isEqualTo(1);
        assertThat(second.<Integer>path("waitlistPosition")).isEqualTo(2);
        String firstId = first.path("id");
        assertThat(events(EventTypes.PARTICIPANT_WAITLISTED, firstId, 1)).hasSize(1);

        given().header("X-Registration-Token", seated.<String>path("managementToken"))
                .when().delete("/api/v1/registrations/" + seated.path("id")).then().statusCode(200);

        given().header("X-Registration-Token", first.<String>path("managementToken")).when().get("/api/v1/registrations/" + firstId)
                .then().statusCode(200).body("status", equalTo("CONFIRMED")).body("waitlistPosition", org.hamcrest.Matchers.nullValue());
        given().header("X-Registration-Token", second.<String>path("managementToken"))
                .when().get("/api/v1/registrations/" + second.path("id"))
                .then().statusCode(200).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        var promoted = events(EventTypes.PARTICIPANT_PROMOTED, firstId, 1);
        assertThat(promoted).hasSize(1);
        assertThat(promoted.get(0).json().path("data").path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(events(EventTypes.PARTICIPANT_CANCELLED, seated.path("id"), 1)).hasSize(1);
    }

    @Test
    void quotasBelowTakenAre409AndRaisedQuotasPromote() {
        String edition = Fixtures.edition(2, 2);
        selfRegister(edition, person(email()));
        selfRegister(edition, person(email()));
        Response waiting = selfRegister(edition, person(email()));
        assertThat(waiting.<String>path("status")).isEqualTo("WAITLISTED");

        Response refused = assertProblem(given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"total\":4,\"french\":1,\"chinese\":2}").when().put("/api/v1/editions/" + edition + "/quotas")
                .then().extract().response(), 409, "quota-below-taken");
        assertThat(refused.<String>path("refused.french")).contains("2 seats are taken");
        given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition).then().body("french.size", equalTo(2));

        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"total\":5,\"french\":3,\"chinese\":2}").when().put("/api/v1/editions/" + edition + "/quotas")
                .then().statusCode(200).body("french.size", equalTo(3)).body("french.used", equalTo(3))
                .body("waitlisted.FRENCH", equalTo(0));
        assertThat(events(EventTypes.PARTICIPANT_PROMOTED, waiting.path("id"), 1)).hasSize(1);
    }

    @Test
    void categoryCapSendsToTheWaitingListAndOrganisersPromoteAndMoveByHand() {
        String edition = Fixtures.edition(10, 10);
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"total\":20,\"french\":10,\"chinese\":10,\"categories\":{\"PRESS\":1}}")
                .when().put("/api/v1/editions/" + edition + "/quotas").then().statusCode(200).body("categories.PRESS.size", equalTo(1));
        String press = person(email()).replace("ELECTED_OFFICIAL", "PRESS");
        assertThat(selfRegister(edition, press).<String>path("status")).isEqualTo("CONFIRMED");
        Response a = selfRegister(edition, person(email()).replace("ELECTED_OFFICIAL", "PRESS"));
        Response b = selfRegister(edition, person(email()).replace("ELECTED_OFFICIAL", "PRESS"));
        assertThat(a.<String>path("status")).isEqualTo("WAITLISTED");
        // Other categories still get seats.
        assertThat(selfRegister(edition, person(email())).<String>path("status")).isEqualTo("CONFIRMED");

        assertProblem(given().auth().oauth2(ORGANISER).when().post("/api/v1/participants/" + a.path("id") + "/promote")
                .then().extract().response(), 409, "quota-full");

        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body("{\"position\":1}")
                .when().put("/api/v1/participants/" + b.path("id") + "/waitlist-position")
                .then().statusCode(200).body("[0].participantId", equalTo(b.path("id"))).body("[1].participantId", equalTo(a.path("id")));
        given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/waitlist?side=FRENCH")
                .then().statusCode(200).body("size()", equalTo(2)).body("[0].participantId", equalTo(b.path("id")))
                .body("[0].position", equalTo(1));

        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"total\":20,\"french\":10,\"chinese\":10,\"categories\":{\"PRESS\":2}}")
                .when().put("/api/v1/editions/" + edition + "/quotas").then().statusCode(200);
        // The raised cap went to b, now first in line.
        given().auth().oauth2(ORGANISER).when().get("/api/v1/participants/" + b.path("id")).then().body("status", equalTo("CONFIRMED"));
        given().auth().oauth2(ORGANISER).when().get("/api/v1/participants/" + a.path("id")).then().body("status", equalTo("WAITLISTED"))
                .body("waitlistPosition", equalTo(1));

        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"total\":20,\"french\":10,\"chinese\":10,\"categories\":{\"PRESS\":3}}")
                .when().put("/api/v1/editions/" + edition + "/quotas").then().statusCode(200);
        given().auth().oauth2(ORGANISER).when().get("/api/v1/participants/" + a.path("id")).then().body("status", equalTo("CONFIRMED"));
        assertProblem(given().auth().oauth2(ORGANISER).when().post("/api/v1/participants/" + a.path("id") + "/promote")
                .then().extract().response(), 409, "not-waitlisted");
    }

    @Test
    void organiserCancelsAndPromotesByHand() {
        String edition = Fixtures.edition(1, 1);
        Response seated = selfRegister(edition, person(email()));
        Response waiting = selfRegister(edition, person(email()));
        given().auth().oauth2(ORGANISER).when().post("/api/v1/participants/" + seated.path("id") + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(ORGANISER).when().get("/api/v1/participants/" + waiting.path("id"))
                .then().body("status", equalTo("CONFIRMED"));
        assertProblem(given().auth().oauth2(ORGANISER).when().post("/api/v1/participants/" + seated.path("id") + "/cancel")
                .then().extract().response(), 409, "invalid-transition");
    }

    @Test
    void quotaRaisedDuringARushGivesExactlyTheNewSeatsToTheFirstInLine() throws Exception {
        String edition = Fixtures.edition(5, 5);
        int attempts = 60;
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return given().contentType(ContentType.JSON).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                        .body(person(email())).when().post("/api/v1/editions/" + edition + "/registrations").then().extract().response();
            }));
        }
        Future<Integer> raise = pool.submit(() -> {
            start.await();
            Thread.sleep(50);
            return given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body("{\"total\":25,\"french\":20,\"chinese\":5}")
                    .when().put("/api/v1/editions/" + edition + "/quotas").then().extract().statusCode();
        });
        start.countDown();
        for (Future<Response> answer : answers) {
            Response r = answer.get();
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
        }
        assertThat(raise.get()).isEqualTo(200);
        pool.shutdown();
        assertThat(participants.count("edition = ?1 and status = ?2", edition, ParticipantStatus.CONFIRMED)).isEqualTo(20);
        assertThat(quotas.forEdition(edition).stream().filter(q -> q.side == Side.FRENCH).findFirst().orElseThrow().used).isEqualTo(20);
        List<Long> ranks = participants.waitlist(edition, Side.FRENCH).stream().map(p -> p.waitlistRank).toList();
        assertThat(ranks).hasSize(attempts - 20).isSorted().doesNotHaveDuplicates();
        // Whoever was promoted had been in line before everyone still waiting.
        List<String> line = participants.waitlist(edition, Side.FRENCH).stream().map(p -> p.id.toString()).toList();
        List<String> waitlistedInOrder = waitlistedEventOrder(edition);
        List<String> promoted = waitlistedInOrder.stream().filter(id -> !line.contains(id)).toList();
        assertThat(waitlistedInOrder).startsWith(promoted.toArray(String[]::new));
        assertThat(waitlistedInOrder.subList(promoted.size(), waitlistedInOrder.size())).isEqualTo(line);
    }

    @Test
    void inARushTheWaitingListFollowsArrivalAndCancellationsPromoteTheFirstInLine() throws Exception {
        String edition = Fixtures.edition(8, 8);
        List<Response> seated = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            seated.add(selfRegister(edition, person(email())));
        }
        int clients = 8;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(clients + 4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Response>>> sequences = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            sequences.add(pool.submit(() -> {
                start.await();
                List<Response> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    mine.add(selfRegister(edition, person(email())));
                }
                return mine;
            }));
        }
        List<Future<Integer>> cancellations = new ArrayList<>();
        for (Response holder : seated.subList(0, 4)) {
            cancellations.add(pool.submit(() -> {
                start.await();
                Thread.sleep(30);
                return given().header("X-Registration-Token", holder.<String>path("managementToken"))
                        .when().delete("/api/v1/registrations/" + holder.path("id")).then().extract().statusCode();
            }));
        }
        start.countDown();
        List<String> sentLater = new ArrayList<>();
        for (Future<List<Response>> sequence : sequences) {
            List<Response> mine = sequence.get();
            assertThat(mine).allMatch(r -> r.statusCode() == 201);
            // One client's registrations are sent one after the other: each stands behind the one before.
            for (int i = 1; i < mine.size(); i++) {
                if ("WAITLISTED".equals(mine.get(i - 1).path("status"))) {
                    sentLater.add(mine.get(i - 1).path("id") + ">" + mine.get(i).path("id"));
                }
            }
        }
        for (Future<Integer> cancellation : cancellations) {
            assertThat(cancellation.get()).isEqualTo(200);
        }
        pool.shutdown();
        assertThat(participants.count("edition = ?1 and status = ?2", edition, ParticipantStatus.CONFIRMED)).isEqualTo(8);
        assertThat(quotas.forEdition(edition).stream().filter(q -> q.side == Side.FRENCH).findFirst().orElseThrow().used).isEqualTo(8);
        List<String> line = participants.waitlist(edition, Side.FRENCH).stream().map(p -> p.id.toString()).toList();
        assertThat(line).hasSize(clients * each - 4);
        List<String> waitlistedInOrder = waitlistedEventOrder(edition);
        for (String pair : sentLater) {
            String[] ids = pair.split(">");
            if (waitlistedInOrder.contains(ids[1])) {
                assertThat(waitlistedInOrder.indexOf(ids[0])).as(pair).isLessThan(waitlistedInOrder.indexOf(ids[1]));
            } else {
                // Seated at once: only possible once the one before had been promoted and the line was empty.
                assertThat(line).as(pair).doesNotContain(ids[0]);
            }
        }
        List<String> promoted = waitlistedInOrder.stream().filter(id -> !line.contains(id)).toList();
        assertThat(waitlistedInOrder).startsWith(promoted.toArray(String[]::new));
        for (String id : promoted) {
            assertThat(events(EventTypes.PARTICIPANT_PROMOTED, id, 1)).hasSize(1);
        }
    }

    /** Participants of the edition in the order they were put on the waiting list (their waitlisted events' order). */
    private List<String> waitlistedEventOrder(String edition) {
        @SuppressWarnings("unchecked")
        List<Object> ids = participants.getEntityManager().createNativeQuery("""
                SELECT e.message_key FROM outbox_event e JOIN participant p ON p.id = CAST(e.message_key AS uuid)
                WHERE e.type = ?1 AND p.edition = ?2 ORDER BY e.seq""")
                .setParameter(1, EventTypes.PARTICIPANT_WAITLISTED).setParameter(2, edition).getResultList();
        return ids.stream().map(String::valueOf).toList();
    }
}
