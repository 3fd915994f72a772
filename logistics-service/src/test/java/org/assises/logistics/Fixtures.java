package org.assises.logistics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.assises.contracts.EditionEvent;
import org.assises.contracts.EventTypes;
import org.assises.contracts.LocalizedText;
import org.assises.contracts.ParticipantEvent;
import org.assises.contracts.ParticipantStatus;
import org.assises.contracts.SessionStatus;
import org.assises.contracts.SessionEvent;
import org.assises.contracts.Side;
import org.assises.contracts.Topics;
import org.assises.platform.security.Roles;
import org.assises.testsupport.BrokerEvents;
import org.assises.testsupport.DevTokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Test data through the real paths: editions, participants and sessions as programme and registration
 * send them on the broker, and logistics' own settings through its API. Fictitious names only.
 */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final BrokerEvents BROKER = BrokerEvents.onTestBroker();
    static final String PARIS = "+01:00";

    private Fixtures() {
    }

    static RequestSpecification as(String role) {
        return given().auth().oauth2(DevTokens.forRole(role)).contentType(ContentType.JSON);
    }

    static RequestSpecification logistics() {
        return as(Roles.LOGISTICS);
    }

    static RequestSpecification apcae(String subject) {
        return given().auth().oauth2(DevTokens.token(subject, Duration.ofHours(1), Roles.APCAE)).contentType(ContentType.JSON);
    }

    /** A new edition (11-13 December 2018 in Paris time) announced by programme-service, with a fresh code. */
    static String edition() {
        return edition("t-" + UUID.randomUUID().toString().substring(0, 8));
    }

    static String edition(String code) {
        send(Topics.PROGRAMME_EDITIONS, code, EventTypes.EDITION_CREATED, new EditionEvent(code,
                new LocalizedText("Assises de test", "测试论坛", null), LocalDate.of(2018, 12, 11), LocalDate.of(2018, 12, 13),
                "Europe/Paris", null, null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> logistics().get("/api/v1/editions/" + code + "/hotel-specification")
                .then().statusCode(200));
        return code;
    }

    /** The Hôtel de Région, the airport, a station and routes between them and the given hotels. */
    static void places(String edition) {
        place(edition, "hotel-de-region", "VENUE", "Hôtel de Région", "大区议会", 43.5962, 1.4329, "Hôtel de Région Occitanie");
        place(edition, "tls", "AIRPORT", "Aéroport Toulouse-Blagnac", "图卢兹-布拉尼亚克机场", 43.6293, 1.3638, null);
        place(edition, "airbus-site", "VISIT_SITE", "Site Airbus de Blagnac", "空客布拉尼亚克基地", 43.6460, 1.3650, "Site Airbus de Blagnac");
        place(edition, "gala", "DINNER", "Salle du dîner de gala", "晚宴大厅", 43.6000, 1.4420, null);
    }

    static void place(String edition, String code, String kind, String fr, String zh, double lat, double lon, String venueName) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", kind, "name", Map.of("fr", fr, "zh", zh), "latitude", lat,
                "longitude", lon));
        body.put("venueName", venueName);
        logistics().body(body)
                .put("/api/v1/editions/" + edition + "/places/" + code).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    /** A hotel with SINGLE and TWIN rooms. */
    static void hotel(String edition, String code, String price, boolean kettle, double lat, double lon) {
        logistics().body(Map.ofEntries(Map.entry("name", "Hôtel fictif " + code), Map.entry("address", "1 rue Fictive, 31000 Toulouse"),
                        Map.entry("latitude", lat), Map.entry("longitude", lon), Map.entry("stars", 3), Map.entry("pricePerNight", new java.math.BigDecimal(price)),
                        Map.entry("breakfastIncluded", true), Map.entry("kettle", kettle), Map.entry("amenities", List.of("wifi")),
                        Map.entry("roomTypes", List.of(Map.of("code", "SINGLE", "capacity", 1), Map.of("code", "TWIN", "capacity", 2))),
                        Map.entry("description", Map.of("fr", "Un hôtel fictif", "zh", "一家虚构的酒店"))))
                .put("/api/v1/editions/" + edition + "/hotels/" + code).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    /** Rooms on the nights of 10, 11 and 12 December. */
    static void block(String edition, String hotel, String type, int rooms) {
        logistics().body(Map.of("negotiatedPrice", new java.math.BigDecimal("99.00"), "releaseOn", "2018-11-10", "nights", List.of(
                        Map.of("night", "2018-12-10", "rooms", rooms), Map.of("night", "2018-12-11", "rooms", rooms),
                        Map.of("night", "2018-12-12", "rooms", rooms))))
                .put("/api/v1/editions/" + edition + "/hotels/" + hotel + "/room-blocks/" + type)
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    static void route(String edition, String code, String from, String to, int minutes) {
        logistics().body(Map.of("from", from, "to", to, "durationMinutes", minutes))
                .put("/api/v1/editions/" + edition + "/routes/" + code).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    static void vehicle(String edition, String code, int capacity) {
        logistics().body(Map.of("label", "Autocar " + code, "capacity", capacity, "driver", "Chauffeur " + code, "driverPhone", "+33 6 00 00 00 01"))
                .put("/api/v1/editions/" + edition + "/vehicles/" + code).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    static void car(String edition, String code) {
        logistics().body(Map.of("label", "Berline " + code, "seats", 3, "driver", "Chauffeur " + code, "driverPhone", "+33 6 00 00 00 02"))
                .put("/api/v1/editions/" + edition + "/cars/" + code).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    static void escort(String edition, String code, String from, String to) {
        logistics().body(Map.of("name", "Accompagnatrice " + code, "nameZh", "陪同" + code, "languages", List.of("zh", "fr"),
                        "phone", "+33 6 00 00 00 03", "availability", List.of(Map.of("from", from, "to", to))))
                .put("/api/v1/editions/" + edition + "/escorts/" + code).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    /** A participant as registration-service describes them; change it with the with* methods, send it with {@link #send}. */
    record Person(UUID id, String edition, String status, String familyName, String nameZh, String delegationId, String owner,
            boolean vip, String function, OffsetDateTime arrival, OffsetDateTime departure, boolean hotelNeeded, String fieldVisit,
            boolean galaDinner) {

        static Person chinese(String edition, String delegation, String familyName, String nameZh) {
            return new Person(UUID.randomUUID(), edition, "CONFIRMED", familyName, nameZh, delegation,
                    delegation == null ? null : "apcae-beijing", false, "Directeur", at("2018-12-10T14:35"), at("2018-12-13T18:00"),
                    true, null, false);
        }

        static Person french(String edition, String familyName) {
            return new Person(UUID.randomUUID(), edition, "CONFIRMED", familyName, null, null, null, false, "Chargée de mission",
                    at("2018-12-11T09:00"), at("2018-12-13T17:00"), true, null, false);
        }

        Person asVip() {
            return new Person(id, edition, status, familyName, nameZh, delegationId, owner, true, function, arrival, departure, hotelNeeded,
                    fieldVisit, galaDinner);
        }

        Person asHead() {
            return new Person(id, edition, status, familyName, nameZh, delegationId, owner, vip, "Chef de délégation", arrival, departure,
                    hotelNeeded, fieldVisit, galaDinner);
        }

        Person withStatus(String s) {
            return new Person(id, edition, s, familyName, nameZh, delegationId, owner, vip, function, arrival, departure, hotelNeeded,
                    fieldVisit, galaDinner);
        }

        Person arriving(OffsetDateTime at) {
            return new Person(id, edition, status, familyName, nameZh, delegationId, owner, vip, function, at, departure, hotelNeeded,
                    fieldVisit, galaDinner);
        }

        Person leaving(OffsetDateTime at) {
            return new Person(id, edition, status, familyName, nameZh, delegationId, owner, vip, function, arrival, at, hotelNeeded,
                    fieldVisit, galaDinner);
        }

        Person visiting(String visit) {
            return new Person(id, edition, status, familyName, nameZh, delegationId, owner, vip, function, arrival, departure, hotelNeeded,
                    visit, galaDinner);
        }

        Person invitedToGala() {
            return new Person(id, edition, status, familyName, nameZh, delegationId, owner, vip, function, arrival, departure, hotelNeeded,
                    fieldVisit, true);
        }

        ParticipantEvent event() {
            return new ParticipantEvent(id, edition, delegationId == null ? Side.FRENCH : Side.CHINESE, ParticipantStatus.valueOf(status),
                    "ELECTED_OFFICIAL",
                    familyName, "Test", nameZh, "Collectivité fictive", function, delegationId, vip, List.of("zh"), false,
                    arrival == null ? null : new ParticipantEvent.Travel(arrival, "CA933", "TLS"),
                    departure == null ? null : new ParticipantEvent.Travel(departure, "CA934", "TLS"), hotelNeeded, null, List.of(),
                    fieldVisit, galaDinner, owner);
        }
    }

    static OffsetDateTime at(String localParisTime) {
        return OffsetDateTime.parse(localParisTime + ":00" + PARIS);
    }

    /** Sends the participant's current state as registration would, and waits until logistics has applied it. */
    static UUID send(Person p) {
        OffsetDateTime time = OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        UUID eventId = UUID.randomUUID();
        String type = "CANCELLED".equals(p.status()) ? EventTypes.PARTICIPANT_CANCELLED : EventTypes.PARTICIPANT_UPDATED;
        BROKER.send(Topics.REGISTRATION_PARTICIPANTS, p.id().toString(), envelope(eventId, type, p.id().toString(), time, p.event()));
        awaitApplied(p.id(), time.toInstant());
        return eventId;
    }

    /** Sends the same event again, as a relay retry would. */
    static void resend(Person p, UUID eventId, OffsetDateTime time) {
        BROKER.send(Topics.REGISTRATION_PARTICIPANTS, p.id().toString(),
                envelope(eventId, EventTypes.PARTICIPANT_UPDATED, p.id().toString(), time, p.event()));
    }

    static void awaitApplied(UUID participant, Instant time) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var r = as(Roles.ORGANISER).get("/api/v1/participants/" + participant);
            return r.statusCode() == 200 && !OffsetDateTime.parse(r.jsonPath().getString("updatedAt")).toInstant().isBefore(time);
        });
    }

    /** A programme session (a field visit or the gala dinner) as programme-service announces it. */
    static void session(String edition, UUID id, String code, String kind, String status, OffsetDateTime start, String venueFr) {
        OffsetDateTime time = OffsetDateTime.now();
        send(Topics.PROGRAMME_SESSIONS, id.toString(), "CANCELLED".equals(status) ? EventTypes.SESSION_CANCELLED : EventTypes.SESSION_CHANGED,
                new SessionEvent(id, edition, code, kind, new LocalizedText("Visite " + code, "参观" + code, null), null, SessionStatus.valueOf(status), start,
                        start.plusHours(4), UUID.randomUUID(), new LocalizedText(venueFr, "地点", null), "Blagnac", null, 40, "OPEN"), time);
    }

    static void send(String topic, String key, String type, Object data) {
        send(topic, key, type, data, OffsetDateTime.now());
    }

    static void send(String topic, String key, String type, Object data, OffsetDateTime time) {
        BROKER.send(topic, key, envelope(UUID.randomUUID(), type, key, time, data));
    }

    static String envelope(UUID id, String type, String subject, OffsetDateTime time, Object data) {
        try {
            return JSON.writeValueAsString(Map.of("specversion", "1.0", "id", id.toString(), "source", "test", "type", type,
                    "subject", subject, "time", time.toString(), "datacontenttype", "application/json", "data", data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
