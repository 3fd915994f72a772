package org.assises.programme;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

/** On call re-emits an edition's sessions as snapshot events: one per session, every status, on its key. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class SessionSnapshotTest {

    @Test
    void everySessionOfTheEditionIsReEmittedOnItsKey() {
        String edition = Fixtures.edition("snap");
        String room = Fixtures.room(edition, Fixtures.venue(edition), 40);
        String workshop = Fixtures.createSession(edition, Fixtures.session("workshop-agriculture", "PARALLEL_WORKSHOP", room,
                "2018-12-12T14:00:00+01:00", "2018-12-12T16:30:00+01:00"));
        String visit = Fixtures.createSession(edition, Fixtures.session("visit-regal", "FIELD_VISIT", null,
                "2018-12-13T11:00:00+01:00", "2018-12-13T16:00:00+01:00"));
        Fixtures.patch(edition, "/sessions/" + visit, Map.of("status", "CANCELLED")).then().statusCode(200);

        Response run = given().auth().oauth2(Fixtures.ORGANISER).when().post("/api/v1/ops/editions/" + edition + "/snapshots/sessions")
                .then().statusCode(202).contentType("application/json").extract().response();
        assertThat(run.jsonPath().getLong("events")).isEqualTo(2);
        assertThat(run.jsonPath().getString("topic")).isEqualTo(Topics.PROGRAMME_SESSIONS);
        assertThat(run.jsonPath().getString("type")).isEqualTo(EventTypes.SESSION_SNAPSHOT);

        List<BrokerEvents.Message> snapshots = BrokerEvents.onTestBroker().await(Topics.PROGRAMME_SESSIONS,
                m -> m.json() != null && EventTypes.SESSION_SNAPSHOT.equals(m.json().path("type").asText())
                        && edition.equals(m.json().path("data").path("edition").asText()), 2, Duration.ofSeconds(30));
        assertThat(snapshots).extracting(BrokerEvents.Message::key).containsExactlyInAnyOrder(workshop, visit);
        Map<String, BrokerEvents.Message> byKey = snapshots.stream().collect(Collectors.toMap(BrokerEvents.Message::key, m -> m));
        assertThat(byKey.get(workshop).json().path("data").path("capacity").asInt()).isEqualTo(40);
        assertThat(byKey.get(workshop).json().path("data").path("code").asText()).isEqualTo("workshop-agriculture");
        assertThat(byKey.get(visit).json().path("data").path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void anUnknownEditionIs404AndOnlyOrganisersMayAsk() {
        String path = "/api/v1/ops/editions/assises-1999/snapshots/sessions";
        ProblemAssertions.assertProblem(given().auth().oauth2(Fixtures.ORGANISER).when().post(path).then().extract().response(),
                404, "not-found");
        ProblemAssertions.assertProblem(given().when().post(path).then().extract().response(), 401, "unauthenticated");
        ProblemAssertions.assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.LOGISTICS)).when().post(path).then().extract()
                .response(), 403, "forbidden");
    }
}
