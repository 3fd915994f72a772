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

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.assises.contracts.EventTypes;
import org.assises.registration.repository.IdempotencyRepository;
import org.assises.registration.repository.ParticipantRepository;
import org.assises.testsupport.AssisesTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** French self-registration: the management token, duplicates, Idempotency-Key, per-field validation. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class SelfRegistrationTest {

    @Inject
    ParticipantRepository participants;

    @Inject
    IdempotencyRepository idempotencyRecords;

    @Test
    void registrationIsConfirmedAndItsTokenOpensItAndNothingElse() {
        String edition = Fixtures.edition(5, 5);
        String mail = email();
        Response created = selfRegister(edition, person(mail));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String id = created.path("id");
        String token = created.path("managementToken");
        assertThat(created.header("Location")).endsWith("/api/v1/registrations/" + id);
        assertThat(created.<String>path("status")).isEqualTo("CONFIRMED");
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(created.<String>path("managementLink")).contains(id).contains(token);
        // Only the hash is stored.
        assertThat(participants.findById(java.util.UUID.fromString(id)).tokenHash).isNotEqualTo(token).hasSize(64);

        given().header("X-Registration-Token", token).when().get("/api/v1/registrations/" + id)
                .then().statusCode(200).body("email", equalTo(mail)).body("managementToken", org.hamcrest.Matchers.nullValue());
        assertProblem(given().header("X-Registration-Token", token + "x").when().get("/api/v1/registrations/" + id)
                .then().extract().response(), 404, "not-found");
        assertProblem(given().when().get("/api/v1/registrations/" + id).then().extract().response(), 404, "not-found");

        // Another registration's token does not open this one, not even to cancel it.
        Response other = selfRegister(edition, person(email()));
        String otherToken = other.path("managementToken");
        assertProblem(given().header("X-Registration-Token", otherToken).when().get("/api/v1/registrations/" + id)
                .then().extract().response(), 404, "not-found");
        assertProblem(given().header("X-Registration-Token", otherToken).when().delete("/api/v1/registrations/" + id)
                .then().extract().response(), 404, "not-found");

        var registered = events(EventTypes.PARTICIPANT_REGISTERED, id, 1);
        var confirmed = events(EventTypes.PARTICIPANT_CONFIRMED, id, 1);
        assertThat(registered).hasSize(1);
        assertThat(confirmed).hasSize(1);
        var data = confirmed.get(0).json().path("data");
        assertThat(data.path("side").asText()).isEqualTo("FRENCH");
        assertThat(data.path("category").asText()).isEqualTo("ELECTED_OFFICIAL");
        assertThat(data.path("workshops").toString()).contains("workshop-tourism", "workshop-agriculture");
        assertThat(data.path("fieldVisit").asText()).isEqualTo("visit-regal");
        assertThat(data.path("hotelNeeded").asBoolean()).isTrue();
        assertThat(data.path("arrival").path("transport").asText()).isEqualTo("TGV 8511");
        assertThat(confirmed.get(0).raw()).doesNotContain(token).doesNotContain("passport");
    }

    @Test
    void holderChangesAndCancelsWithTheToken() {
        String edition = Fixtures.edition(5, 5);
        Response created = selfRegister(edition, person(email()));
        String id = created.path("id");
        String token = created.path("managementToken");

        given().header("X-Registration-Token", token).contentType(ContentType.JSON)
                .body(person(email(), "workshop-sustainable-city").replace("\"hotelNeeded\":true", "\"hotelNeeded\":false"))
                .when().put("/api/v1/registrations/" + id)
                .then().statusCode(200).body("workshops[1]", equalTo("workshop-sustainable-city")).body("hotelNeeded", equalTo(false));
        var updated = events(EventTypes.PARTICIPANT_UPDATED, id, 1);
        assertThat(updated).hasSize(1);
        assertThat(updated.get(0).json().path("data").path("workshops").toString()).contains("workshop-sustainable-city");
        assertThat(updated.get(0).json().path("data").path("hotelNeeded").asBoolean()).isFalse();

        given().header("X-Registration-Token", token).when().delete("/api/v1/registrations/" + id)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertProblem(given().header("X-Registration-Token", token).when().delete("/api/v1/registrations/" + id)
                .then().extract().response(), 409, "invalid-transition");
        assertThat(events(EventTypes.PARTICIPANT_CANCELLED, id, 1)).hasSize(1);
        // The workshop place went back with the seat.
        given().when().get("/api/v1/editions/" + edition + "/catalogue").then().statusCode(200)
                .body("find { it.code == 'workshop-sustainable-city' }.taken", equalTo(0));
    }

    @Test
    void sameEmailTwiceInOneEditionIs409() {
        String edition = Fixtures.edition(5, 5);
        String mail = email();
        assertThat(selfRegister(edition, person(mail)).statusCode()).isEqualTo(201);
        long before = participants.count("edition", edition);
        Response again = assertProblem(selfRegister(edition, person(mail.toUpperCase())), 409, "duplicate-email");
        assertThat(again.<String>path("detail")).contains("already registered");
        assertThat(participants.count("edition", edition)).isEqualTo(before);
        // Another edition is another registration.
        assertThat(selfRegister(Fixtures.edition(5, 5), person(mail)).statusCode()).isEqualTo(201);
    }

    @Test
    void retryWithSameIdempotencyKeyReturnsTheFirstAnswer() {
        String edition = Fixtures.edition(5, 5);
        String body = person(email());
        String key = java.util.UUID.randomUUID().toString();
        Response first = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/editions/" + edition + "/registrations").then().statusCode(201).extract().response();
        Response retry = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/editions/" + edition + "/registrations").then().statusCode(201).extract().response();
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        // The stored answer holds the management token: the database keeps it sealed, under the key's hash.
        String token = first.path("managementToken");
        assertThat(idempotencyRecords.listAll()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.id.key).isNotEqualTo(key))
                .allSatisfy(r -> assertThat(r.body == null ? "" : r.body).doesNotContain(token).doesNotContain(first.<String>path("id")));
        assertThat(participants.count("edition", edition)).isEqualTo(1);
        assertProblem(given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(person(email()))
                .when().post("/api/v1/editions/" + edition + "/registrations").then().extract().response(), 422, "idempotency-key-reused");
        assertThat(participants.count("edition", edition)).isEqualTo(1);
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsWritten() {
        String edition = Fixtures.edition(5, 5);
        String bad = person("not-an-email").replace("+33 5 61 00 00 00", "call me").replace("ELECTED_OFFICIAL", "ELECTED_OFFICIAL");
        Response response = assertProblem(selfRegister(edition, bad), 400, "validation");
        assertThat(response.jsonPath().getList("violations.field", String.class)).containsExactlyInAnyOrder("email", "phone");

        response = assertProblem(selfRegister(edition, person(email()).replace("ELECTED_OFFICIAL", "ASTRONAUT")), 400, "validation");
        assertThat(response.jsonPath().getList("violations.field", String.class)).containsExactly("category");

        // Dates out of the edition's range, departure before arrival, unknown workshop and visit.
        String wrong = person(email()).replace("2018-12-10T18:00", "2018-11-01T18:00").replace("2018-12-13T17:00", "2018-10-30T17:00")
                .replace("workshop-agriculture", "workshop-astronomy").replace("visit-regal", "visit-moon");
        response = assertProblem(selfRegister(edition, wrong), 400, "validation");
        List<String> fields = response.jsonPath().getList("violations.field", String.class);
        assertThat(fields).contains("arrival.at", "departure.at", "workshops[1]", "fieldVisit", "workshops");
        assertThat(response.asString()).contains("visit-regal", "must be after the arrival");

        // Only the plenary: one parallel workshop is missing.
        response = assertProblem(selfRegister(edition, person(email()).replace(",\"workshop-agriculture\"", "")), 400, "validation");
        assertThat(response.jsonPath().getString("violations[0].message")).contains("exactly one parallel workshop");

        assertProblem(selfRegister("no-such-edition", person(email())), 404, "not-found");
        assertThat(participants.count("edition", edition)).isZero();
    }

    @Test
    void fullWorkshopIs409WithTheAlternatives() {
        String edition = Fixtures.edition(10, 10, 0, 1);
        assertThat(selfRegister(edition, person(email())).statusCode()).isEqualTo(201);
        Response full = assertProblem(selfRegister(edition, person(email())), 409, "choice-unavailable");
        assertThat(full.<String>path("choice")).isEqualTo("workshop-agriculture");
        assertThat(full.jsonPath().getList("alternatives", String.class)).containsExactly("workshop-sustainable-city");
        assertThat(selfRegister(edition, person(email(), "workshop-sustainable-city")).statusCode()).isEqualTo(201);
        assertThat(participants.count("edition", edition)).isEqualTo(2);
        given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/statistics").then().statusCode(200)
                .body("byWorkshop.workshop-agriculture", equalTo(1)).body("byWorkshop.workshop-tourism", equalTo(2));
    }
}
