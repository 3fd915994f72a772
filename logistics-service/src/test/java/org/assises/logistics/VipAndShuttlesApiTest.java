package org.assises.logistics;

import static org.assises.logistics.Fixtures.Person;
import static org.assises.logistics.Fixtures.at;
import static org.assises.logistics.Fixtures.logistics;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.assises.testsupport.AssisesTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** VIP welcome (cars, escorts, never two places at once) and shuttles (manifests within capacity) through the API. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class VipAndShuttlesApiTest {

    private static String setUp() {
        String edition = Fixtures.edition();
        Fixtures.places(edition);
        Fixtures.hotel(edition, "canal", "120.00", true, 43.5990, 1.4330);
        Fixtures.block(edition, "canal", "TWIN", 20);
        Fixtures.block(edition, "canal", "SINGLE", 20);
        Fixtures.route(edition, "tls-canal", "tls", "canal", 25);
        Fixtures.route(edition, "canal-tls", "canal", "tls", 25);
        Fixtures.route(edition, "canal-hdr", "canal", "hotel-de-region", 10);
        Fixtures.route(edition, "hdr-airbus", "hotel-de-region", "airbus-site", 25);
        Fixtures.route(edition, "hdr-gala", "hotel-de-region", "gala", 10);
        Fixtures.vehicle(edition, "bus-3", 3);
        Fixtures.vehicle(edition, "van-2", 2);
        Fixtures.car(edition, "car-1");
        Fixtures.escort(edition, "lin", "2018-12-09T08:00:00+01:00", "2018-12-14T20:00:00+01:00");
        return edition;
    }

    private static JsonPath plan(String edition) {
        return logistics().post("/api/v1/editions/" + edition + "/plan").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void vipsGetACarAndAChineseSpeakingEscortWithoutDoubleBooking() {
        String edition = setUp();
        Person first = Person.chinese(edition, "SC-01", "Zhou", "周").asVip().arriving(at("2018-12-10T14:35"));
        Person second = Person.chinese(edition, "SC-01", "Wu", "吴").asVip().arriving(at("2018-12-10T14:50"));
        Fixtures.send(first);
        Fixtures.send(second);
        JsonPath report = plan(edition);
        JsonPath transfers = logistics().get("/api/v1/editions/" + edition + "/vip-transfers").then().statusCode(200).extract().jsonPath();
        assertThat(transfers.getList("$")).hasSize(4);
        // One car and one escort: the first arrival is covered, the second (15 minutes later) cannot be, and says why.
        assertThat(transfers.getString("find { it.participantId == '" + first.id() + "' && it.direction == 'ARRIVAL' }.car")).isEqualTo("car-1");
        assertThat(transfers.getString("find { it.participantId == '" + first.id() + "' && it.direction == 'ARRIVAL' }.escort")).isEqualTo("lin");
        assertThat(transfers.getString("find { it.participantId == '" + second.id() + "' && it.direction == 'ARRIVAL' }.car")).isNull();
        assertThat(report.getList("issues.findAll { it.kind == 'VIP_TRANSFER' && it.participantId == '" + second.id() + "' }.reason",
                String.class)).anyMatch(r -> r.contains("no car")).anyMatch(r -> r.contains("escort"));
        // The departures on the 13th: 18:00 flights leave the hotel at 15:35 (two hours ahead, 25 minutes' drive).
        assertThat(transfers.getString("find { it.participantId == '" + first.id() + "' && it.direction == 'DEPARTURE' }.pickupAt"))
                .isEqualTo("2018-12-13T15:35:00+01:00");

        // By hand: the first is pinned to the car; the second then cannot have it.
        logistics().body(Map.of("car", "car-1", "escort", "lin"))
                .put("/api/v1/editions/" + edition + "/vip-transfers/" + first.id() + "/ARRIVAL").then().statusCode(200);
        var refused = assertProblem(logistics().body(Map.of("car", "car-1"))
                .put("/api/v1/editions/" + edition + "/vip-transfers/" + second.id() + "/ARRIVAL").then().extract().response(),
                409, "pickup-impossible");
        assertThat(refused.jsonPath().getString("detail")).contains("car-1").contains("margin");
        assertProblem(logistics().body(Map.of("car", "car-9"))
                .put("/api/v1/editions/" + edition + "/vip-transfers/" + second.id() + "/ARRIVAL").then().extract().response(),
                404, "not-found");
        assertProblem(logistics().body(Map.of("car", "car-1"))
                .put("/api/v1/editions/" + edition + "/vip-transfers/" + second.id() + "/SIDEWAYS").then().extract().response(),
                404, "not-found");
    }

    @Test
    void manifestsStayWithinCapacityAndAreCsvAndXlsx() throws Exception {
        String edition = setUp();
        UUID visit = UUID.randomUUID();
        Fixtures.session(edition, visit, "visit-airbus", "FIELD_VISIT", "CONFIRMED", at("2018-12-13T11:00"), "Site Airbus de Blagnac");
        List<Person> people = List.of(
                Person.chinese(edition, "SC-01", "Huang", "黄").arriving(at("2018-12-10T14:35")).visiting("visit-airbus"),
                Person.chinese(edition, "SC-01", "He", "何").arriving(at("2018-12-10T14:40")).visiting("visit-airbus"),
                Person.chinese(edition, "SC-01", "Lin", "林").arriving(at("2018-12-10T14:45")),
                Person.chinese(edition, "SC-01", "Guo", "郭").arriving(at("2018-12-10T14:55")));
        people.forEach(Fixtures::send);
        await().atMost(Duration.ofSeconds(30)).until(() -> plan(edition).getInt("departures") > 0);
        JsonPath departures = logistics().get("/api/v1/editions/" + edition + "/departures").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> all = departures.getList("");
        assertThat(all).allSatisfy(d -> assertThat((Integer) d.get("seatsTaken")).isLessThanOrEqualTo((Integer) d.get("capacity")));
        // Four arrivals between 14:30 and 16:00: 3 in the bus and 1 in the van, leaving 45 minutes after the last landing.
        List<Map<String, Object>> arrivals = departures.getList("findAll { it.purpose == 'ARRIVAL' }");
        assertThat(arrivals).extracting(d -> d.get("seatsTaken")).containsExactlyInAnyOrder(3, 1);
        assertThat(arrivals).extracting(d -> d.get("departsAt")).containsOnly("2018-12-10T15:40:00+01:00");
        // The visit: the bus leaves the venue 25 minutes before 11:00.
        Map<String, Object> bus = departures.getMap("find { it.purpose == 'FIELD_VISIT' }");
        assertThat(bus.get("departsAt")).isEqualTo("2018-12-13T10:35:00+01:00");
        assertThat(bus.get("toName")).isEqualTo("Site Airbus de Blagnac");
        // Morning runs from the hotel for the 11th, 12th, 13th.
        assertThat(departures.getList("findAll { it.purpose == 'MORNING_RUN' }.departsAt", String.class))
                .contains("2018-12-11T08:15:00+01:00", "2018-12-12T08:15:00+01:00", "2018-12-13T08:15:00+01:00");

        String id = bus.get("id").toString();
        JsonPath manifest = logistics().get("/api/v1/editions/" + edition + "/departures/" + id + "/manifest").then().statusCode(200)
                .extract().jsonPath();
        assertThat(manifest.getList("riders.nameZh", String.class)).containsExactlyInAnyOrder("黄", "何");
        assertThat(manifest.getList("riders.hotel", String.class)).containsOnly("Hôtel fictif canal");
        String csv = new String(logistics().get("/api/v1/editions/" + edition + "/departures/" + id + "/manifest.csv").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("seat,family name,given name,name (Chinese),delegation").contains("黄").contains("何");
        byte[] xlsx = logistics().get("/api/v1/editions/" + edition + "/departures/" + id + "/manifest.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("Hôtel de Région");
            assertThat(book.getSheetAt(0).getRow(4).getCell(1).getStringCellValue()).startsWith("Chauffeur");
        }
        byte[] pdf = logistics().get("/api/v1/editions/" + edition + "/departures/" + id + "/manifest.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(org.assises.testsupport.PrintedDocuments.text(pdf)).contains("黄").contains("何").contains("Site Airbus de Blagnac");
        assertThat(logistics().get("/api/v1/editions/" + edition + "/sessions/visit-airbus/manifests").then().statusCode(200)
                .extract().jsonPath().getList("riders.flatten().nameZh", String.class)).containsExactlyInAnyOrder("黄", "何");

        // The visit is cancelled at programme: its bus goes, and its manifest is a 409.
        Fixtures.session(edition, visit, "visit-airbus", "FIELD_VISIT", "CANCELLED", at("2018-12-13T11:00"), "Site Airbus de Blagnac");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertProblem(logistics()
                .get("/api/v1/editions/" + edition + "/sessions/visit-airbus/manifests").then().extract().response(), 409, "session-cancelled"));
        assertThat(logistics().get("/api/v1/editions/" + edition + "/departures").then().extract().jsonPath()
                .getList("findAll { it.purpose == 'FIELD_VISIT' }")).isEmpty();
        assertProblem(logistics().body(Map.of("route", "hdr-airbus", "vehicle", "bus-3", "departsAt", "2018-12-13T14:00:00+01:00",
                "purpose", "FIELD_VISIT", "sessionCode", "visit-airbus")).post("/api/v1/editions/" + edition + "/departures")
                .then().extract().response(), 409, "session-cancelled");
    }

    @Test
    void aDepartureByHandNeverTakesMoreThanItsVehicleOrABusyVehicle() {
        String edition = setUp();
        List<Person> people = List.of(Person.french(edition, "Un"), Person.french(edition, "Deux"), Person.french(edition, "Trois"));
        people.forEach(Fixtures::send);
        String departures = "/api/v1/editions/" + edition + "/departures";
        String id = logistics().body(Map.of("route", "hdr-gala", "vehicle", "van-2", "departsAt", "2018-12-12T18:30:00+01:00",
                "purpose", "OTHER")).post(departures).then().statusCode(201).extract().jsonPath().getString("id");
        assertProblem(logistics().body(Map.of("route", "hdr-gala", "vehicle", "van-2", "departsAt", "2018-12-12T18:40:00+01:00",
                "purpose", "OTHER")).post(departures).then().extract().response(), 409, "vehicle-busy");
        logistics().put(departures + "/" + id + "/seats/" + people.get(0).id()).then().statusCode(200);
        logistics().put(departures + "/" + id + "/seats/" + people.get(1).id()).then().statusCode(200).extract().jsonPath();
        assertProblem(logistics().put(departures + "/" + id + "/seats/" + people.get(2).id()).then().extract().response(),
                409, "vehicle-full");
        assertThat(logistics().get(departures + "/" + id + "/manifest").then().extract().jsonPath().getList("riders")).hasSize(2);
        assertProblem(logistics().body(Map.of("route", "hdr-gala", "vehicle", "van-2", "departsAt", "yesterday", "purpose", "OTHER"))
                .post(departures).then().extract().response(), 400, "validation");
        assertProblem(logistics().body(Map.of("route", "hdr-gala", "vehicle", "van-2", "departsAt", "2018-12-12T20:00:00+01:00",
                "purpose", "TELEPORT")).post(departures).then().extract().response(), 400, "validation");
        assertProblem(logistics().body(Map.of("label", "Trop petit", "capacity", 0)).put("/api/v1/editions/" + edition + "/vehicles/v0")
                .then().extract().response(), 400, "validation");
        // A cancellation frees the seat.
        Fixtures.send(people.get(0).withStatus("CANCELLED"));
        plan(edition);
        assertThat(logistics().get(departures + "/" + id + "/manifest").then().extract().jsonPath().getList("riders.participantId"))
                .containsExactly(people.get(1).id().toString());
    }
}
