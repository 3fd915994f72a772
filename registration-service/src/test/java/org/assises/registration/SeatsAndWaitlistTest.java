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
}
