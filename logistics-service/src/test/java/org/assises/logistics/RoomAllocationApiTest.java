package org.assises.logistics;

import static org.assises.logistics.Fixtures.Person;
import static org.assises.logistics.Fixtures.logistics;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.assises.testsupport.AssisesTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Room allocation through the API, on participants from registration's events: every rule, pins, rooming lists, two organisers at once. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class RoomAllocationApiTest {

    private static String setUp(int twins, int singles) {
        String edition = Fixtures.edition();
        Fixtures.places(edition);
        Fixtures.hotel(edition, "canal", "120.00", true, 43.5990, 1.4330);
        Fixtures.hotel(edition, "garonne", "110.00", true, 43.6000, 1.4400);
        Fixtures.block(edition, "canal", "TWIN", twins);
        Fixtures.block(edition, "canal", "SINGLE", singles);
        Fixtures.block(edition, "garonne", "TWIN", 10);
        Fixtures.block(edition, "garonne", "SINGLE", 10);
        logistics().body(Map.of("maxPricePerNight", new java.math.BigDecimal("150.00"), "kettleRequired", true))
                .put("/api/v1/editions/" + edition + "/hotel-specification").then().statusCode(200);
        return edition;
    }

    private static JsonPath plan(String edition) {
        return logistics().post("/api/v1/editions/" + edition + "/plan").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath rooms(String edition) {
        return logistics().get("/api/v1/editions/" + edition + "/rooms").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void allocationFollowsEveryRule() {
        String edition = setUp(2, 2);
        Person head = Person.chinese(edition, "SC-01", "Wang", "王").asHead();
        Person vip = Person.chinese(edition, "SC-01", "Li", "李").asVip();
        List<Person> members = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            members.add(Person.chinese(edition, "SC-01", "Zhang" + i, "张" + i));
        }
        Person otherDelegation = Person.chinese(edition, "GD-02", "Chen", "陈");
        Person french = Person.french(edition, "Martin");
        Person noDates = Person.french(edition, "Bernard").arriving(null);
        Person noHotel = new Person(java.util.UUID.randomUUID(), edition, "CONFIRMED", "Petit", null, null, null, false, "Élue",
                Fixtures.at("2018-12-11T09:00"), Fixtures.at("2018-12-13T17:00"), false, null, false);
        Person waitlisted = Person.french(edition, "Durand").withStatus("WAITLISTED");
        List<Person> all = new ArrayList<>(List.of(head, vip, otherDelegation, french, noDates, noHotel, waitlisted));
        all.addAll(members);
        all.forEach(Fixtures::send);

        JsonPath report = plan(edition);
        assertThat(report.getInt("rooms")).isEqualTo(8);
        assertThat(report.getString("issues.find { it.participantId == '" + noDates.id() + "' }.reason")).contains("DATES_UNKNOWN");

        JsonPath rooms = rooms(edition);
        // The delegation (6) does not fit the first hotel (2 twins, 2 singles for 2 single-room people + 4 sharing): it does.
        List<String> sc01Hotels = rooms.getList("findAll { it.delegationId == 'SC-01' }.hotel", String.class);
        assertThat(new HashSet<>(sc01Hotels)).hasSize(1);
        String headRoom = rooms.getString("find { it.participantId == '" + head.id() + "' }.room");
        String vipRoom = rooms.getString("find { it.participantId == '" + vip.id() + "' }.room");
        assertThat(rooms.getList("findAll { it.room == '" + headRoom + "' && it.hotel == '" + sc01Hotels.get(0) + "' }")).hasSize(1);
        assertThat(rooms.getList("findAll { it.room == '" + vipRoom + "' && it.hotel == '" + sc01Hotels.get(0) + "' }")).hasSize(1);
        // The four others share two twins.
        Set<String> memberRooms = new HashSet<>();
        members.forEach(m -> memberRooms.add(rooms.getString("find { it.participantId == '" + m.id() + "' }.room")));
        assertThat(memberRooms).hasSize(2);
        // Nobody from another delegation or no delegation shares a room with them.
        String chenKey = rooms.getString("find { it.participantId == '" + otherDelegation.id() + "' }.hotel") + "/"
                + rooms.getString("find { it.participantId == '" + otherDelegation.id() + "' }.room");
        List<String> keys = rooms.getList("collect { it.hotel + '/' + it.room }", String.class);
        assertThat(keys.stream().filter(chenKey::equals)).hasSize(1);
        assertThat(rooms.getList("participantId", String.class)).doesNotContain(noHotel.id().toString(), waitlisted.id().toString(),
                noDates.id().toString());
        assertThat(rooms.getString("find { it.participantId == '" + french.id() + "' }.firstNight")).isEqualTo("2018-12-11");
        assertThat(rooms.getString("find { it.participantId == '" + french.id() + "' }.checkOut")).isEqualTo("2018-12-13");

        // Re-running changes nothing.
        assertThat(plan(edition).getInt("changedParticipants")).isZero();
        assertThat(rooms(edition).getList("")).isEqualTo(rooms.getList(""));
    }

    @Test
    void aBlockIsNeverExceededAndWhoCannotBePlacedIsListed() {
        String edition = setUp(1, 0);
        logistics().body(Map.of("negotiatedPrice", new java.math.BigDecimal("90.00"), "nights", List.of(Map.of("night", "2018-12-10", "rooms", 0))))
                .put("/api/v1/editions/" + edition + "/hotels/garonne/room-blocks/TWIN").then().statusCode(200);
        logistics().body(Map.of("negotiatedPrice", new java.math.BigDecimal("90.00"), "nights", List.of(Map.of("night", "2018-12-10", "rooms", 0))))
                .put("/api/v1/editions/" + edition + "/hotels/garonne/room-blocks/SINGLE").then().statusCode(200);
        Person a = Person.french(edition, "Alpha");
        Person b = Person.french(edition, "Bravo");
        Fixtures.send(a);
        Fixtures.send(b);
        JsonPath report = plan(edition);
        assertThat(report.getInt("rooms")).isEqualTo(1);
        assertThat(report.getList("issues.findAll { it.kind == 'ROOM' }.reason", String.class)).singleElement()
                .asString().contains("NO_ROOM_LEFT");
    }

    @Test
    void aPinnedRoomIsKeptAndAPinThatCannotFitIsRefused() {
        String edition = setUp(5, 5);
        Person p = Person.french(edition, "Moreau");
        Fixtures.send(p);
        plan(edition);
        assertThat(rooms(edition).getString("find { it.participantId == '" + p.id() + "' }.hotel")).isEqualTo("canal");
        logistics().body(Map.of("hotel", "garonne", "roomType", "TWIN")).put("/api/v1/editions/" + edition + "/rooms/" + p.id() + "/pin")
                .then().statusCode(200);
        plan(edition);
        JsonPath rooms = rooms(edition);
        assertThat(rooms.getString("find { it.participantId == '" + p.id() + "' }.hotel")).isEqualTo("garonne");
        assertThat(rooms.getBoolean("find { it.participantId == '" + p.id() + "' }.pinned")).isTrue();

        // A block with no room that night: 409, and nothing changed.
        logistics().body(Map.of("negotiatedPrice", new java.math.BigDecimal("90.00"), "nights", List.of(Map.of("night", "2018-12-11", "rooms", 0))))
                .put("/api/v1/editions/" + edition + "/hotels/canal/room-blocks/SINGLE").then().statusCode(200);
        assertProblem(logistics().body(Map.of("hotel", "canal", "roomType", "SINGLE"))
                .put("/api/v1/editions/" + edition + "/rooms/" + p.id() + "/pin").then().extract().response(), 409, "room-unavailable");
        assertThat(rooms(edition).getString("find { it.participantId == '" + p.id() + "' }.hotel")).isEqualTo("garonne");
        assertProblem(logistics().body(Map.of("hotel", "nowhere", "roomType", "SINGLE"))
                .put("/api/v1/editions/" + edition + "/rooms/" + p.id() + "/pin").then().extract().response(), 404, "not-found");
        logistics().delete("/api/v1/editions/" + edition + "/rooms/" + p.id() + "/pin").then().statusCode(204);
    }

    @Test
    void roomingListsAreCsvAndXlsxWithChineseNames() throws Exception {
        String edition = setUp(5, 5);
        Person wang = Person.chinese(edition, "SC-09", "Wang", "王小明");
        Fixtures.send(wang);
        plan(edition);
        byte[] csvBytes = logistics().get("/api/v1/editions/" + edition + "/hotels/canal/rooming-list.csv").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asByteArray();
        String csv = new String(csvBytes, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFroom type,room,family name,given name,name (Chinese)");
        assertThat(csv).contains("Wang,Test,王小明,SC-09,,2018-12-10,2018-12-13,3");
        byte[] xlsx = logistics().get("/api/v1/editions/" + edition + "/hotels/canal/rooming-list.xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(4).getCell(4).getStringCellValue()).isEqualTo("name (Chinese)");
            assertThat(sheet.getRow(5).getCell(4).getStringCellValue()).isEqualTo("王小明");
        }
        assertProblem(logistics().get("/api/v1/editions/" + edition + "/hotels/none/rooming-list.csv").then().extract().response(),
                404, "not-found");
    }

    @Test
    void twoOrganisersAllocatingAtOnceNeverGiveARoomTwice() throws Exception {
        String edition = setUp(3, 3);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(Person.french(edition, "Concurrent" + i));
        }
        people.forEach(Fixtures::send);
        int runs = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return logistics().post("/api/v1/editions/" + edition + "/plan").statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> r : results) {
                assertThat(r.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonPath rooms = rooms(edition);
        // French participants sleep alone: each (hotel, type, room) holds one person; 3+3 rooms in canal, 10+10 in garonne.
        List<String> keys = rooms.getList("collect { it.hotel + '/' + it.roomType + '/' + it.room }", String.class);
        assertThat(keys).hasSize(10).doesNotHaveDuplicates();
        assertThat(keys.stream().filter(k -> k.startsWith("canal/"))).hasSizeLessThanOrEqualTo(6);
    }
}
