package org.assises.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Each kind of conflict warning, listed by the endpoint and shown on the sessions it concerns; none blocks editing. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class WarningApiTest {

    private final BrokerEvents broker = BrokerEvents.onTestBroker();

    @Test
    void twoSessionsInOneRoomAtOnce() {
        String edition = Fixtures.edition("warnings");
        String room = Fixtures.room(edition, Fixtures.venue(edition), 100);
        String a = Fixtures.createSession(edition, Fixtures.session("lunch", "MEAL", room, "2018-12-12T12:30:00+01:00", "2018-12-12T14:00:00+01:00"));
        String b = Fixtures.createSession(edition, Fixtures.session("reception", "RECEPTION", room, "2018-12-12T13:30:00+01:00",
                "2018-12-12T15:00:00+01:00"));
        assertOnly(edition, "ROOM_DOUBLE_BOOKED", a, b);
        assertShownOn(edition, a, "ROOM_DOUBLE_BOOKED");
        assertShownOn(edition, b, "ROOM_DOUBLE_BOOKED");
    }

    @Test
    void speakerInTwoPlacesAtOnce() {
        String edition = Fixtures.edition("warnings");
        String a = Fixtures.createSession(edition, Fixtures.session("workshop-agriculture", "PARALLEL_WORKSHOP", null,
                "2018-12-12T14:00:00+01:00", "2018-12-12T16:30:00+01:00"));
        String b = Fixtures.createSession(edition, Fixtures.session("promotion", "PROMOTION_SEMINAR", null,
                "2018-12-12T16:00:00+01:00", "2018-12-12T17:00:00+01:00"));
        String speaker = Fixtures.speaker(edition, "Gao Ming", "高明");
        Fixtures.postIntervention(edition, a, Fixtures.talk(speaker, 1, null)).then().statusCode(201);
        Fixtures.postIntervention(edition, b, Fixtures.talk(speaker, 1, null)).then().statusCode(201);
        List<Map<String, Object>> warnings = assertOnly(edition, "SPEAKER_DOUBLE_BOOKED", a, b);
        assertThat(warnings.get(0).get("speakerId")).isEqualTo(speaker);
    }

    @Test
    void talksOverflowingTheirSession() {
        String edition = Fixtures.edition("warnings");
        String closing = Fixtures.createSession(edition, Fixtures.session("reports-and-closing", "REPORTS_AND_CLOSING", null,
                "2018-12-13T10:15:00+01:00", "2018-12-13T10:45:00+01:00"));
        Fixtures.postIntervention(edition, closing, Fixtures.talk(Fixtures.speaker(edition, "Xu Hui", "徐慧"), 1, null)).then().statusCode(201);
        Fixtures.postIntervention(edition, closing, Fixtures.talk(Fixtures.speaker(edition, "Luc Aubrac", null), 2, 15)).then().statusCode(201);
        assertThat(Fixtures.warnings(edition)).isEmpty();
        Fixtures.postIntervention(edition, closing, Fixtures.talk(Fixtures.speaker(edition, "Ma Lin", "马林"), 3, 5)).then().statusCode(201);
        assertOnly(edition, "INTERVENTIONS_OVERFLOW", closing);
        assertShownOn(edition, closing, "INTERVENTIONS_OVERFLOW");
    }

    @Test
    void sessionOutsideTheEditionsDays() {
        String edition = Fixtures.edition("warnings");
        String late = Fixtures.createSession(edition, Fixtures.session("farewell", "RECEPTION", null,
                "2018-12-14T10:00:00+01:00", "2018-12-14T11:00:00+01:00"));
        assertOnly(edition, "OUTSIDE_EDITION_DAYS", late);
    }

    @Test
    void moreSignUpsThanSeatsFromRegistrationsEvents() {
        String edition = Fixtures.edition("warnings");
        String room = Fixtures.room(edition, Fixtures.venue(edition), 1);
        String visit = Fixtures.createSession(edition, Fixtures.session("visit-airbus", "FIELD_VISIT", room,
                "2018-12-13T11:00:00+01:00", "2018-12-13T16:00:00+01:00"));
        for (int i = 0; i < 2; i++) {
            UUID participant = UUID.randomUUID();
            broker.send(Topics.REGISTRATION_PARTICIPANTS, participant.toString(), SignUpEvents.participant(UUID.randomUUID(),
                    EventTypes.PARTICIPANT_CONFIRMED, participant, edition, "CONFIRMED", List.of(), "visit-airbus", OffsetDateTime.now()));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Fixtures.session(edition, visit).jsonPath().getInt("signUps")).isEqualTo(2));
        assertOnly(edition, "OVER_CAPACITY", visit);
    }

    @Test
    void workshopAgainstTheWorkshopEveryoneAttends() {
        String edition = Fixtures.edition("warnings");
        Map<String, Object> plenary = Fixtures.session("workshop-tourism", "PLENARY_WORKSHOP", null,
                "2018-12-12T10:30:00+01:00", "2018-12-12T12:30:00+01:00");
        plenary.put("mandatory", true);
        String must = Fixtures.createSession(edition, plenary);
        String clash = Fixtures.createSession(edition, Fixtures.session("workshop-agriculture", "PARALLEL_WORKSHOP", null,
                "2018-12-12T12:00:00+01:00", "2018-12-12T14:00:00+01:00"));
        assertOnly(edition, "WORKSHOP_CLASH", must, clash);

        // Warnings never block editing: moving the workshop away clears the warning.
        Map<String, Object> moved = Fixtures.session("workshop-agriculture", "PARALLEL_WORKSHOP", null,
                "2018-12-12T14:00:00+01:00", "2018-12-12T16:30:00+01:00");
        assertThat(Fixtures.putSession(edition, clash, moved).statusCode()).isEqualTo(200);
        assertThat(Fixtures.warnings(edition)).isEmpty();
    }

    @Test
    void cancelledSessionsRaiseNoWarning() {
        String edition = Fixtures.edition("warnings");
        String room = Fixtures.room(edition, Fixtures.venue(edition), 100);
        Fixtures.createSession(edition, Fixtures.session("lunch", "MEAL", room, "2018-12-12T12:30:00+01:00", "2018-12-12T14:00:00+01:00"));
        Map<String, Object> other = Fixtures.session("reception", "RECEPTION", room, "2018-12-12T13:30:00+01:00", "2018-12-12T15:00:00+01:00");
        String b = Fixtures.createSession(edition, other);
        other.put("status", "CANCELLED");
        Fixtures.putSession(edition, b, other).then().statusCode(200);
        assertThat(Fixtures.warnings(edition)).isEmpty();
    }

    private static List<Map<String, Object>> assertOnly(String edition, String kind, String... sessionIds) {
        List<Map<String, Object>> warnings = Fixtures.warnings(edition);
        assertThat(warnings).as(warnings.toString()).hasSize(1);
        assertThat(warnings.get(0).get("kind")).isEqualTo(kind);
        @SuppressWarnings("unchecked")
        List<Object> ids = (List<Object>) warnings.get(0).get("sessionIds");
        assertThat(ids).containsExactlyInAnyOrder((Object[]) sessionIds);
        assertThat((String) warnings.get(0).get("detail")).isNotBlank();
        return warnings;
    }

    private static void assertShownOn(String edition, String sessionId, String kind) {
        Response session = Fixtures.session(edition, sessionId);
        assertThat(session.jsonPath().getList("warnings.kind")).containsExactly(kind);
    }
}
