package org.assises.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.platform.security.Roles;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;
import org.assises.testsupport.DevTokens;
import org.assises.testsupport.ProblemAssertions;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** On call re-emits an edition's participants as snapshot events: one per participant, on their key, no passport data. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class ParticipantSnapshotTest {

    @Test
    void everyParticipantOfTheEditionIsReEmittedOnTheirKeyWithoutPassportData() {
        String edition = Fixtures.edition(5, 2);
        String other = Fixtures.edition(5, 2);
        Response pushed = DelegationPushTest.push(DelegationPushTest.APCAE, edition, "SNAP-1",
                List.of(DelegationPushTest.member("SN-1", "Huang", "黄丽霞", true), DelegationPushTest.member("SN-2", "Xu", "徐丽霞", false)));
        assertThat(pushed.statusCode()).as(pushed.asString()).isEqualTo(200);
        List<String> ids = new ArrayList<>(pushed.jsonPath().getList("members.participantId", String.class));
        String seated = Fixtures.selfRegister(edition, Fixtures.person(Fixtures.email())).then().statusCode(201).extract().path("id");
        String cancelled = Fixtures.selfRegister(edition, Fixtures.person(Fixtures.email())).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Fixtures.ORGANISER).when().post("/api/v1/participants/" + cancelled + "/cancel").then().statusCode(200);
        Fixtures.selfRegister(other, Fixtures.person(Fixtures.email())).then().statusCode(201);
        ids.add(seated);
        ids.add(cancelled);

        Response run = given().auth().oauth2(Fixtures.ORGANISER)
                .when().post("/api/v1/ops/editions/" + edition + "/snapshots/participants")
                .then().statusCode(202).contentType("application/json").extract().response();
        assertThat(run.jsonPath().getLong("events")).isEqualTo(4);
        assertThat(run.jsonPath().getString("edition")).isEqualTo(edition);
        assertThat(run.jsonPath().getString("type")).isEqualTo(EventTypes.PARTICIPANT_SNAPSHOT);
        assertThat(run.jsonPath().getString("snapshotId")).isNotBlank();

        List<BrokerEvents.Message> snapshots = BrokerEvents.onTestBroker().await(Topics.REGISTRATION_PARTICIPANTS,
                m -> m.json() != null && EventTypes.PARTICIPANT_SNAPSHOT.equals(m.json().path("type").asText())
                        && edition.equals(m.json().path("data").path("edition").asText()),
                4, Duration.ofSeconds(30));
        assertThat(snapshots).extracting(BrokerEvents.Message::key).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(snapshots).allSatisfy(m -> {
            assertThat(m.json().path("subject").asText()).isEqualTo(m.key());
            assertThat(m.json().path("data").path("participantId").asText()).isEqualTo(m.key());
            assertThat(m.raw()).doesNotContainIgnoringCase("passport").doesNotContain("dateOfBirth").doesNotContain("1972-05-14");
            assertThat(HostileInputTest.PASSPORT.matcher(m.raw()).find()).isFalse();
        });
        Map<String, String> statuses = snapshots.stream()
                .collect(Collectors.toMap(BrokerEvents.Message::key, m -> m.json().path("data").path("status").asText()));
        assertThat(statuses).containsEntry(seated, "CONFIRMED").containsEntry(cancelled, "CANCELLED");
        BrokerEvents.Message huang = snapshots.stream().filter(m -> "黄丽霞".equals(m.json().path("data").path("nameZh").asText()))
                .findFirst().orElseThrow();
        assertThat(huang.json().path("data").path("delegationId").asText()).isEqualTo("SNAP-1");
        assertThat(huang.json().path("data").path("vip").asBoolean()).isTrue();

        // Safe to repeat: the same count again, nothing else changes.
        given().auth().oauth2(Fixtures.ORGANISER).when().post("/api/v1/ops/editions/" + edition + "/snapshots/participants")
                .then().statusCode(202).body("events", org.hamcrest.Matchers.equalTo(4));
    }

    @Test
    void anUnknownEditionIs404AndOnlyOrganisersMayAsk() {
        String path = "/api/v1/ops/editions/assises-1999/snapshots/participants";
        ProblemAssertions.assertProblem(given().auth().oauth2(Fixtures.ORGANISER).when().post(path).then().extract().response(),
                404, "not-found");
        ProblemAssertions.assertProblem(given().when().post(path).then().extract().response(), 401, "unauthenticated");
        ProblemAssertions.assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.LOGISTICS)).when().post(path).then().extract()
                .response(), 403, "forbidden");
        ProblemAssertions.assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.APCAE)).when().post(path).then().extract()
                .response(), 403, "forbidden");
        ProblemAssertions.assertProblem(given().auth().oauth2(Fixtures.ORGANISER)
                .when().post("/api/v1/ops/editions/Not_An_Edition/snapshots/participants").then().extract().response(), 400, "validation");
    }
}
