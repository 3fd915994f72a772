package org.assises.logistics;

import static org.assises.logistics.Fixtures.Person;
import static org.assises.logistics.Fixtures.at;
import static org.assises.logistics.Fixtures.logistics;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Plans follow registration's and programme's events on their own, once per event: the list of changes
 * says what moved for whom and why, each participant's assignments go out on logistics.assignments, and
 * APCAE reads only its own delegations' plans.
 */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class ReplanningTest {

    private static String setUp() {
        String edition = Fixtures.edition();
        Fixtures.places(edition);
        Fixtures.hotel(edition, "canal", "120.00", true, 43.5990, 1.4330);
        Fixtures.block(edition, "canal", "TWIN", 20);
        Fixtures.block(edition, "canal", "SINGLE", 20);
        Fixtures.route(edition, "tls-canal", "tls", "canal", 25);
        Fixtures.route(edition, "canal-hdr", "canal", "hotel-de-region", 10);
        Fixtures.route(edition, "hdr-airbus", "hotel-de-region", "airbus-site", 25);
        Fixtures.vehicle(edition, "bus-50", 50);
        Fixtures.car(edition, "car-1");
        Fixtures.escort(edition, "lin", "2018-12-09T08:00:00+01:00", "2018-12-14T20:00:00+01:00");
        return edition;
    }

    private static JsonPath assignments(String edition, Person p) {
        return logistics().get("/api/v1/editions/" + edition + "/participants/" + p.id() + "/assignments").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aMovedArrivalMovesThePickupAndTheShuttleAndTheChangeIsListed() {
        String edition = setUp();
        Person vip = Person.chinese(edition, "SC-01", "Deng", "邓").asVip();
        Person member = Person.chinese(edition, "SC-01", "Xu", "徐");
        Fixtures.send(vip);
        Fixtures.send(member);
        OffsetDateTime since = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        logistics().post("/api/v1/editions/" + edition + "/plan").then().statusCode(200);
        assertThat(assignments(edition, vip).getString("pickups.find { it.direction == 'ARRIVAL' }.pickupAt"))
                .isEqualTo("2018-12-10T14:35:00+01:00");
        assertThat(assignments(edition, member).getString("shuttleSeats.find { it.purpose == 'ARRIVAL' }.departsAt"))
                .isEqualTo("2018-12-10T15:20:00+01:00");

        // Registration moves both flights to the next morning: pickup, shuttle and first night follow on their own.
        OffsetDateTime changed = OffsetDateTime.now();
        Fixtures.send(vip.arriving(at("2018-12-11T07:10")));
        Fixtures.send(member.arriving(at("2018-12-11T07:10")));
        JsonPath vipNow = assignments(edition, vip);
        assertThat(vipNow.getString("pickups.find { it.direction == 'ARRIVAL' }.pickupAt")).isEqualTo("2018-12-11T07:10:00+01:00");
        assertThat(vipNow.getString("pickups.find { it.direction == 'ARRIVAL' }.car")).isEqualTo("Berline car-1");
        assertThat(vipNow.getList("hotel.nights", String.class)).containsExactly("2018-12-11", "2018-12-12");
        JsonPath memberNow = assignments(edition, member);
        assertThat(memberNow.getString("shuttleSeats.find { it.purpose == 'ARRIVAL' }.departsAt")).isEqualTo("2018-12-11T07:55:00+01:00");

        JsonPath changes = logistics().queryParam("since", changed.toString()).get("/api/v1/editions/" + edition + "/changes")
                .then().statusCode(200).extract().jsonPath();
        assertThat(changes.getList("findAll { it.participantId == '" + vip.id() + "' }.what", String.class))
                .contains("ROOM", "VIP_TRANSFER");
        assertThat(changes.getList("findAll { it.participantId == '" + member.id() + "' }.what", String.class))
                .contains("ROOM", "SHUTTLE_SEAT");
        assertThat(changes.getString("find { it.participantId == '" + vip.id() + "' && it.what == 'VIP_TRANSFER' }.cause"))
                .contains(EventTypes.PARTICIPANT_UPDATED).contains(vip.id().toString());
        assertThat(changes.getString("find { it.participantId == '" + vip.id() + "' && it.what == 'VIP_TRANSFER' }.before"))
                .contains("2018-12-10T14:35");
        assertThat(changes.getString("find { it.participantId == '" + vip.id() + "' && it.what == 'VIP_TRANSFER' }.after"))
                .contains("2018-12-11T07:10");

        // Each change went out on logistics.assignments, the last one with the new pickup.
        List<BrokerEvents.Message> events = Fixtures.BROKER.await(Topics.LOGISTICS_ASSIGNMENTS,
                m -> vip.id().toString().equals(m.key()) && m.raw().contains("2018-12-11T07:10"), 1, Duration.ofSeconds(30));
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).json().path("type").asText()).isEqualTo(EventTypes.ASSIGNMENTS_CHANGED);
        assertThat(events.get(0).json().path("data").path("delegationId").asText()).isEqualTo("SC-01");
        assertThat(events.get(0).raw()).doesNotContain("passport");
        assertThat(since).isBefore(changed);
    }

    @Test
    void aCancellationFreesTheRoomAndTheSameEventTwiceHasNoSecondEffect() {
        String edition = setUp();
        Person p = Person.french(edition, "Lefebvre");
        Fixtures.send(p);
        logistics().post("/api/v1/editions/" + edition + "/plan").then().statusCode(200);
        assertThat(assignments(edition, p).getString("hotel.hotelCode")).isEqualTo("canal");

        OffsetDateTime time = OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        UUID cancellation = UUID.randomUUID();
        Person cancelled = p.withStatus("CANCELLED");
        Fixtures.BROKER.send(Topics.REGISTRATION_PARTICIPANTS, p.id().toString(),
                Fixtures.envelope(cancellation, EventTypes.PARTICIPANT_CANCELLED, p.id().toString(), time, cancelled.event()));
        Fixtures.awaitApplied(p.id(), time.toInstant());
        assertThat(assignments(edition, p).getString("hotel")).isNull();
        assertThat(logistics().get("/api/v1/editions/" + edition + "/rooms").then().extract().jsonPath().getList("participantId"))
                .doesNotContain(p.id().toString());
        List<Object> changesOfP = changesOf(edition, p);
        assertThat(changesOfP).isNotEmpty();

        // The same cancellation again (a relay retry), then a marker on the same key: once the marker is in, the duplicate was handled.
        Fixtures.BROKER.send(Topics.REGISTRATION_PARTICIPANTS, p.id().toString(),
                Fixtures.envelope(cancellation, EventTypes.PARTICIPANT_CANCELLED, p.id().toString(), time.plusSeconds(5),
                        p.withStatus("CONFIRMED").event()));
        Person marker = Person.french(edition, "Marqueur");
        Fixtures.BROKER.send(Topics.REGISTRATION_PARTICIPANTS, p.id().toString(), Fixtures.envelope(UUID.randomUUID(),
                EventTypes.PARTICIPANT_CONFIRMED, marker.id().toString(), time.plusSeconds(6), marker.event()));
        Fixtures.awaitApplied(marker.id(), time.plusSeconds(6).toInstant());
        assertThat(assignments(edition, p).getString("hotel")).isNull();
        assertThat(changesOf(edition, p)).isEqualTo(changesOfP);
    }

    private static List<Object> changesOf(String edition, Person p) {
        return logistics().queryParam("since", "2000-01-01T00:00:00Z").get("/api/v1/editions/" + edition + "/changes")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.participantId == '" + p.id() + "' }");
    }

    @Test
    void aFieldVisitsNewTimeMovesItsBus() {
        String edition = setUp();
        UUID visit = UUID.randomUUID();
        Fixtures.session(edition, visit, "visit-airbus", "FIELD_VISIT", "CONFIRMED", at("2018-12-13T11:00"), "Site Airbus de Blagnac");
        Person p = Person.french(edition, "Garnier").visiting("visit-airbus");
        Fixtures.send(p);
        logistics().post("/api/v1/editions/" + edition + "/plan").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(assignments(edition, p)
                .getString("shuttleSeats.find { it.purpose == 'FIELD_VISIT' }.departsAt")).isEqualTo("2018-12-13T10:35:00+01:00"));
        Fixtures.session(edition, visit, "visit-airbus", "FIELD_VISIT", "CONFIRMED", at("2018-12-13T13:30"), "Site Airbus de Blagnac");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(assignments(edition, p)
                .getString("shuttleSeats.find { it.purpose == 'FIELD_VISIT' }.departsAt")).isEqualTo("2018-12-13T13:05:00+01:00"));
    }

    @Test
    void apcaeReadsOnlyItsOwnDelegationsPlans() {
        String edition = setUp();
        Person ours = Person.chinese(edition, "SC-07", "Ma", "马");
        Person theirs = new Person(UUID.randomUUID(), edition, "CONFIRMED", "Luo", "罗", "GD-03", "apcae-other", false, "Directeur",
                at("2018-12-10T14:35"), at("2018-12-13T18:00"), true, null, false);
        Fixtures.send(ours);
        Fixtures.send(theirs);
        logistics().post("/api/v1/editions/" + edition + "/plan").then().statusCode(200);
        assertThat(Fixtures.apcae("apcae-beijing").get("/api/v1/editions/" + edition + "/delegations/SC-07/assignments").then()
                .statusCode(200).extract().jsonPath().getList("participantId")).containsExactly(ours.id().toString());
        Fixtures.apcae("apcae-beijing").get("/api/v1/editions/" + edition + "/participants/" + ours.id() + "/assignments")
                .then().statusCode(200);
        assertProblem(Fixtures.apcae("apcae-beijing").get("/api/v1/editions/" + edition + "/delegations/GD-03/assignments").then()
                .extract().response(), 404, "not-found");
        assertProblem(Fixtures.apcae("apcae-beijing").get("/api/v1/editions/" + edition + "/participants/" + theirs.id() + "/assignments")
                .then().extract().response(), 404, "not-found");
        assertProblem(Fixtures.apcae("apcae-beijing").post("/api/v1/editions/" + edition + "/plan").then().extract().response(),
                403, "forbidden");
        logistics().get("/api/v1/editions/" + edition + "/delegations/GD-03/assignments").then().statusCode(200);
    }
}
