package org.assises.programme;

import static io.restassured.RestAssured.given;
import static org.assises.programme.Fixtures.ORGANISER;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.platform.security.Roles;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;
import org.assises.testsupport.DevTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** The publish / version / changelog cycle and the exports of a published version, read anonymously. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class PublicationApiTest {

    private final BrokerEvents broker = BrokerEvents.onTestBroker();

    @Test
    void publishReadChangeRepublishAndCompare() {
        String edition = Fixtures.edition("publish");
        String room = Fixtures.room(edition, Fixtures.venue(edition), 300);
        Map<String, Object> opening = Fixtures.session("opening", "OPENING", room, "2018-12-12T09:00:00+01:00", "2018-12-12T10:15:00+01:00");
        String openingId = Fixtures.createSession(edition, opening);
        Map<String, Object> workshop = Fixtures.session("workshop-tourism", "PLENARY_WORKSHOP", room, "2018-12-12T10:30:00+01:00",
                "2018-12-12T12:30:00+01:00");
        workshop.put("status", "TENTATIVE");
        String workshopId = Fixtures.createSession(edition, workshop);
        String speaker = Fixtures.speaker(edition, "Tang Yun", "唐云");
        Fixtures.postIntervention(edition, workshopId, Fixtures.talk(speaker, 1, null)).then().statusCode(201);
        Map<String, Object> reception = Fixtures.session("reception", "RECEPTION", room, "2018-12-12T10:00:00+01:00",
                "2018-12-12T11:00:00+01:00");
        reception.put("status", "TENTATIVE");
        String receptionId = Fixtures.createSession(edition, reception);
        Map<String, Object> draft = Fixtures.session("gala-dinner", "GALA_DINNER", null, "2018-12-12T19:00:00+01:00",
                "2018-12-12T23:00:00+01:00");
        draft.put("status", "DRAFT");
        String draftId = Fixtures.createSession(edition, draft);

        // The reception double-books the room: publishing needs the organiser's explicit acknowledgement.
        Response refused = assertProblem(Fixtures.publish(edition, null), 409, "unacknowledged-warnings");
        assertThat(refused.jsonPath().getList("warnings.kind")).containsExactly("ROOM_DOUBLE_BOOKED", "ROOM_DOUBLE_BOOKED");
        assertThat(refused.jsonPath().getList("warnings.sessionCodes.flatten()")).contains("reception", "opening", "workshop-tourism");
        assertProblem(Fixtures.publish(edition, false), 409, "unacknowledged-warnings");
        assertThat(given().when().get("/api/v1/editions/" + edition + "/versions").then().statusCode(200)
                .extract().jsonPath().getList("$")).isEmpty();
        assertProblem(given().when().get("/api/v1/editions/" + edition + "/versions/latest").then().extract().response(), 404, "not-found");
        assertProblem(given().contentType(ContentType.JSON).when().post("/api/v1/editions/" + edition + "/versions")
                .then().extract().response(), 401, "unauthenticated");
        assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.APCAE)).contentType(ContentType.JSON)
                .when().post("/api/v1/editions/" + edition + "/versions").then().extract().response(), 403, "forbidden");

        Response v1 = Fixtures.publish(edition, true);
        assertThat(v1.statusCode()).as(v1.asString()).isEqualTo(201);
        assertThat(v1.header("Location")).endsWith("/api/v1/editions/" + edition + "/versions/1");
        assertThat(v1.jsonPath().getInt("version")).isEqualTo(1);
        assertThat(v1.jsonPath().getInt("sessionCount")).isEqualTo(3);
        assertThat(v1.jsonPath().getInt("acknowledgedWarnings")).isEqualTo(2);
        var published = broker.await(Topics.PROGRAMME_SESSIONS, m -> BrokerEvents.event(EventTypes.PROGRAMME_VERSION_PUBLISHED, edition).test(m),
                1, Duration.ofSeconds(30));
        assertThat(published).hasSize(1);
        assertThat(published.get(0).json().path("data").path("version").asInt()).isEqualTo(1);
        assertThat(published.get(0).json().path("data").path("sessionCount").asInt()).isEqualTo(3);
        assertThat(published.get(0).json().path("data").path("edition").asText()).isEqualTo(edition);

        JsonPath first = anonymous(edition, "1");
        assertThat(first.getList("sessions.code")).containsExactly("opening", "reception", "workshop-tourism");
        assertThat(first.getInt("version")).isEqualTo(1);
        assertThat(first.getString("sessions.find { it.code == 'workshop-tourism' }.interventions[0].speaker.nameZh")).isEqualTo("唐云");
        assertThat(anonymous(edition, "latest").getInt("version")).isEqualTo(1);
        assertThat(given().when().get("/api/v1/editions/" + edition + "/versions/1").then().extract().header("Cache-Control"))
                .contains("immutable");

        // Working on: the reception becomes a draft again and moves, the workshop moves, the opening is cancelled,
        // the gala dinner becomes tentative, a talk is added.
        reception.put("status", "DRAFT");
        reception.put("start", "2018-12-12T17:00:00+01:00");
        reception.put("end", "2018-12-12T18:00:00+01:00");
        Fixtures.putSession(edition, receptionId, reception).then().statusCode(200);
        workshop.put("start", "2018-12-12T11:00:00+01:00");
        workshop.put("end", "2018-12-12T13:00:00+01:00");
        Fixtures.putSession(edition, workshopId, workshop).then().statusCode(200);
        opening.put("status", "CANCELLED");
        Fixtures.putSession(edition, openingId, opening).then().statusCode(200);
        draft.put("status", "TENTATIVE");
        Fixtures.putSession(edition, draftId, draft).then().statusCode(200);
        Fixtures.postIntervention(edition, workshopId, Fixtures.talk(Fixtures.speaker(edition, "Élise Garonne", null), 2, 20))
                .then().statusCode(201);

        Response v2 = Fixtures.publish(edition, null);
        assertThat(v2.statusCode()).as(v2.asString()).isEqualTo(201);
        assertThat(v2.jsonPath().getInt("version")).isEqualTo(2);

        // Version 1 is frozen: it still shows what was published then.
        JsonPath again = anonymous(edition, "1");
        assertThat(again.getString("sessions.find { it.code == 'workshop-tourism' }.start")).isEqualTo("2018-12-12T10:30:00+01:00");
        assertThat(anonymous(edition, "latest").getString("sessions.find { it.code == 'workshop-tourism' }.start"))
                .isEqualTo("2018-12-12T11:00:00+01:00");
        assertThat(given().when().get("/api/v1/editions/" + edition + "/versions").then().statusCode(200)
                .extract().jsonPath().getList("version")).containsExactly(1, 2);

        JsonPath changes = given().when().get("/api/v1/editions/" + edition + "/changelog?from=1&to=2").then().statusCode(200)
                .extract().jsonPath();
        assertThat(changes.getList("sessions.added.code")).containsExactly("gala-dinner");
        assertThat(changes.getList("sessions.removed.code")).containsExactly("reception");
        assertThat(changes.getList("sessions.changed.code")).containsExactlyInAnyOrder("opening", "workshop-tourism");
        assertThat(changes.getList("sessions.changed.find { it.code == 'workshop-tourism' }.fields")).containsExactly("start", "end");
        assertThat(changes.getList("sessions.changed.find { it.code == 'opening' }.fields")).containsExactly("status");
        assertThat(changes.getList("interventions.added.speaker")).containsExactly("Élise Garonne");
        assertThat(changes.getList("interventions.removed")).isEmpty();
        assertThat(given().when().get("/api/v1/editions/" + edition + "/changelog?from=1").then().statusCode(200)
                .extract().jsonPath().getInt("to")).isEqualTo(2);

        // An edit to a published version is refused; so are unknown versions.
        assertProblem(given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body("{}")
                .when().put("/api/v1/editions/" + edition + "/versions/1").then().extract().response(), 409, "version-frozen");
        assertProblem(given().auth().oauth2(ORGANISER).when().delete("/api/v1/editions/" + edition + "/versions/1")
                .then().extract().response(), 409, "version-frozen");
        assertProblem(given().when().get("/api/v1/editions/" + edition + "/versions/9").then().extract().response(), 404, "not-found");
        // Not a version at all: the client's mistake (400), not a version that does not exist (404).
        assertProblem(given().when().get("/api/v1/editions/" + edition + "/versions/v1").then().extract().response(), 400, "bad-request");
        assertProblem(given().when().get("/api/v1/editions/" + edition + "/versions/0/schedule.xml").then().extract().response(), 400,
                "bad-request");
        assertProblem(given().when().get("/api/v1/editions/" + edition + "/changelog?from=1&to=7").then().extract().response(),
                404, "not-found");
        assertProblem(given().when().get("/api/v1/editions/" + edition + "/changelog").then().extract().response(), 400, "validation");
    }

    @Test
    void concurrentPublicationsOfOneStateMakeOneVersion() throws Exception {
        String edition = Fixtures.edition("publish");
        Fixtures.createSession(edition, Fixtures.session("opening", "OPENING", null, "2018-12-12T09:00:00+01:00", "2018-12-12T10:15:00+01:00"));
        int publishers = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(publishers);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < publishers; i++) {
                statuses.add(pool.submit(() -> {
                    go.await();
                    return Fixtures.publish(edition, null).statusCode();
                }));
            }
            go.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answers.add(status.get());
            }
            // Publications are serialised per edition: the first makes version 1, the others find nothing changed.
            assertThat(answers).containsExactlyInAnyOrder(201, 409, 409, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(given().when().get("/api/v1/editions/" + edition + "/versions").then().statusCode(200)
                .extract().jsonPath().getList("version")).containsExactly(1);
    }

    @Test
    void draftsOnlyIsNothingToPublish() {
        String edition = Fixtures.edition("publish");
        Map<String, Object> draft = Fixtures.session("opening", "OPENING", null, "2018-12-12T09:00:00+01:00", "2018-12-12T10:15:00+01:00");
        draft.put("status", "DRAFT");
        Fixtures.createSession(edition, draft);
        assertProblem(Fixtures.publish(edition, null), 409, "nothing-to-publish");
    }

    @Test
    void exportsParseAsICalendarAndFrabSchedule() throws Exception {
        String edition = Fixtures.edition("exports");
        String room = Fixtures.room(edition, Fixtures.venue(edition), 250);
        Map<String, Object> workshop = Fixtures.session("workshop-agriculture", "PARALLEL_WORKSHOP", room, "2018-12-12T14:00:00+01:00",
                "2018-12-12T16:30:00+01:00");
        workshop.put("theme", "AGRICULTURE_FOOD");
        workshop.put("status", "TENTATIVE");
        workshop.put("description", Fixtures.text("Circuits courts & gouvernance <alimentaire>", "短链供应与食品治理"));
        String workshopId = Fixtures.createSession(edition, workshop);
        Fixtures.postIntervention(edition, workshopId, Fixtures.talk(Fixtures.speaker(edition, "Qian Hong", "钱红"), 1, null))
                .then().statusCode(201);
        Fixtures.createSession(edition, Fixtures.session("visit-carcassonne", "FIELD_VISIT", null, "2018-12-13T11:00:00+01:00",
                "2018-12-13T18:00:00+01:00"));
        Fixtures.publish(edition, null).then().statusCode(201);

        Response ics = given().when().get("/api/v1/editions/" + edition + "/versions/1/calendar.ics").then().statusCode(200).extract().response();
        assertThat(ics.contentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.asString()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent agriculture = events.stream().filter(e -> e.getUid().get().getValue().startsWith(workshopId)).findFirst().orElseThrow();
        assertThat(agriculture.getSummary().getValue()).contains("会议 workshop-agriculture");
        assertThat(agriculture.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Paris");
        assertThat(agriculture.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20181212T140000");
        assertThat(agriculture.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20181212T163000");
        assertThat(agriculture.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("TENTATIVE");
        assertThat(agriculture.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).contains("Qian Hong 钱红");
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);

        Response one = given().when().get("/api/v1/editions/" + edition + "/versions/latest/sessions/visit-carcassonne/calendar.ics")
                .then().statusCode(200).extract().response();
        assertThat(new CalendarBuilder().build(new StringReader(one.asString())).getComponents("VEVENT")).hasSize(1);
        assertProblem(given().when().get("/api/v1/editions/" + edition + "/versions/1/sessions/nowhere/calendar.ics")
                .then().extract().response(), 404, "not-found");

        Response xml = given().when().get("/api/v1/editions/" + edition + "/versions/1/schedule.xml").then().statusCode(200).extract().response();
        assertThat(xml.contentType()).startsWith("application/xml");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml.asString())));
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/schedule/conference/acronym", doc)).isEqualTo(edition);
        assertThat(xpath.evaluate("/schedule/conference/time_zone_name", doc)).isEqualTo("Europe/Paris");
        assertThat(((NodeList) xpath.evaluate("/schedule/day", doc, XPathConstants.NODESET)).getLength()).isEqualTo(3);
        assertThat(((NodeList) xpath.evaluate("//event", doc, XPathConstants.NODESET)).getLength()).isEqualTo(2);
        String event = "/schedule/day[@date='2018-12-12']/room/event[@guid='" + workshopId + "']";
        assertThat(xpath.evaluate(event + "/start", doc)).isEqualTo("14:00");
        assertThat(xpath.evaluate(event + "/duration", doc)).isEqualTo("02:30");
        assertThat(xpath.evaluate(event + "/track", doc)).isEqualTo("AGRICULTURE_FOOD");
        assertThat(xpath.evaluate(event + "/abstract", doc)).isEqualTo("Circuits courts & gouvernance <alimentaire>");
        assertThat(xpath.evaluate(event + "/persons/person", doc)).isEqualTo("Qian Hong (钱红)");

        JsonPath json = given().when().get("/api/v1/editions/" + edition + "/versions/1/schedule.json").then().statusCode(200)
                .extract().jsonPath();
        assertThat(json.getString("schedule.conference.acronym")).isEqualTo(edition);
        assertThat(json.getInt("schedule.conference.daysCount")).isEqualTo(3);
        assertThat(json.getList("schedule.conference.days.date")).containsExactly("2018-12-11", "2018-12-12", "2018-12-13");
        List<Map<String, Object>> roomsOfTheTwelfth = json.getList("schedule.conference.days[1].rooms.values().flatten()");
        assertThat(roomsOfTheTwelfth).singleElement().satisfies(e -> {
            assertThat(e.get("guid")).isEqualTo(workshopId);
            assertThat(e.get("start")).isEqualTo("14:00");
            assertThat(e.get("duration")).isEqualTo("02:30");
        });
    }

    private static JsonPath anonymous(String edition, String version) {
        return given().when().get("/api/v1/editions/" + edition + "/versions/" + version).then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
    }
}
