package org.assises.registration;

import static io.restassured.RestAssured.given;
import static org.assises.registration.Fixtures.ORGANISER;
import static org.assises.registration.Fixtures.events;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.assises.contracts.EventTypes;
import org.assises.platform.events.OutboxRepository;
import org.assises.platform.security.Roles;
import org.assises.registration.repository.ParticipantRepository;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.DevTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** APCAE's delegation push: replace-the-list, per-member report, idempotent re-push, other parties' data, spreadsheets. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class DelegationPushTest {

    static final String APCAE = DevTokens.token("apcae-beijing", Duration.ofHours(1), Roles.APCAE);
    static final String OTHER_APCAE = DevTokens.token("apcae-other", Duration.ofHours(1), Roles.APCAE);

    @Inject
    ParticipantRepository participants;

    @Inject
    OutboxRepository outbox;

    static String member(String personId, String familyName, String nameZh, boolean vip) {
        return """
                {"personId":"%s","familyName":"%s","givenName":"Lixia","nameZh":"%s","gender":"FEMALE",
                 "dateOfBirth":"1972-05-14","passport":{"number":"E%s","expiresOn":"2026-05-01"},
                 "organisation":"Gouvernement populaire de la province fictive","province":"四川","city":"成都",
                 "function":"Directrice des affaires étrangères","category":"ELECTED_OFFICIAL","vip":%s,"languages":["zh"],
                 "interpretationNeeded":true,"arrival":{"at":"2018-12-10T14:05:00+01:00","transport":"CA933","place":"TLS"},
                 "departure":{"at":"2018-12-14T10:00:00+01:00","transport":"CA934","place":"TLS"},"hotelNeeded":true,
                 "dietaryNeeds":"halal","galaDinner":true,"workshops":["workshop-tourism","workshop-agriculture"],
                 "fieldVisit":"visit-regal"}""".formatted(personId, familyName, nameZh, String.format("%08d", Math.abs(personId.hashCode()) % 100000000), vip);
    }

    static Response push(String token, String edition, String delegation, List<String> members) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"name\":\"Délégation fictive du Sichuan\",\"members\":[" + String.join(",", members) + "]}")
                .when().put("/api/v1/editions/" + edition + "/delegations/" + delegation).then().extract().response();
    }

    static Map<String, Map<String, Object>> byPerson(Response report) {
        List<Map<String, Object>> members = report.jsonPath().getList("members");
        return members.stream().collect(Collectors.toMap(m -> (String) m.get("personId"), m -> m));
    }

    @Test
    void pushKeepsValidMembersRejectsBadOnesAndRepushChangesNothing() {
        String edition = Fixtures.edition(5, 2);
        String bad = member("SC-3", "Zhao", "赵丽霞", false).replace("\"gender\":\"FEMALE\"", "\"gender\":null")
                .replace("2026-05-01", "2018-12-01").replace("visit-regal", "visit-moon");
        List<String> list = List.of(member("SC-1", "Wang", "王丽霞", true), member("SC-2", "Li", "李丽霞", false), bad,
                member("SC-4", "Chen", "陈丽霞", false));
        Response report = push(APCAE, edition, "SICHUAN-1", list);
        assertThat(report.statusCode()).as(report.asString()).isEqualTo(200);
        Map<String, Map<String, Object>> members = byPerson(report);
        assertThat(members.get("SC-1").get("outcome")).isEqualTo("CREATED");
        assertThat(members.get("SC-2").get("outcome")).isEqualTo("CREATED");
        assertThat(members.get("SC-4").get("outcome")).isEqualTo("WAITLISTED");
        assertThat(members.get("SC-4").get("waitlistPosition")).isEqualTo(1);
        assertThat(members.get("SC-3").get("outcome")).isEqualTo("REJECTED");
        assertThat(report.jsonPath().getList("members.find { it.personId == 'SC-3' }.violations.field", String.class))
                .containsExactlyInAnyOrder("members[2].fieldVisit", "members[2].gender", "members[2].passport.expiresOn");
        assertThat(report.<Integer>path("counts.CREATED")).isEqualTo(2);

        String vipId = (String) members.get("SC-1").get("participantId");
        var confirmed = events(EventTypes.PARTICIPANT_CONFIRMED, vipId, 1);
        assertThat(confirmed).hasSize(1);
        var data = confirmed.get(0).json().path("data");
        assertThat(data.path("side").asText()).isEqualTo("CHINESE");
        assertThat(data.path("delegationId").asText()).isEqualTo("SICHUAN-1");
        assertThat(data.path("delegationOwner").asText()).as("the pushing account, so logistics can scope APCAE's reads")
                .isEqualTo("apcae-beijing");
        assertThat(data.path("vip").asBoolean()).isTrue();
        assertThat(data.path("nameZh").asText()).isEqualTo("王丽霞");
        assertThat(data.path("arrival").path("transport").asText()).isEqualTo("CA933");
        assertThat(confirmed.get(0).raw()).doesNotContain("passport").doesNotContain("E" + String.format("%08d", Math.abs("SC-1".hashCode()) % 100000000));
        // Passport data is for organisers.
        given().auth().oauth2(ORGANISER).when().get("/api/v1/participants/" + vipId).then().statusCode(200)
                .body("passport.expiresOn", equalTo("2026-05-01")).body("delegationId", equalTo("SICHUAN-1"));

        long outboxBefore = outbox.count();
        Response again = push(APCAE, edition, "SICHUAN-1", list);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.jsonPath().getList("members.outcome", String.class)).containsOnly("UNCHANGED", "REJECTED");
        assertThat(again.<Integer>path("counts.UNCHANGED")).isEqualTo(3);
        assertThat(outbox.count()).isEqualTo(outboxBefore);
    }

    @Test
    void unknownCategoryOrGenderRejectsThatMemberOnly() {
        String edition = Fixtures.edition(5, 5);
        Response report = push(APCAE, edition, "SHAANXI-1", List.of(member("SX-1", "Wang", "王丽霞", false),
                member("SX-2", "Li", "李丽霞", false).replace("ELECTED_OFFICIAL", "EMPEROR").replace("FEMALE", "F")));
        assertThat(report.statusCode()).as(report.asString()).isEqualTo(200);
        assertThat(byPerson(report).get("SX-1").get("outcome")).isEqualTo("CREATED");
        assertThat(report.jsonPath().getList("members.find { it.personId == 'SX-2' }.violations.field", String.class))
                .containsExactly("members[1].category", "members[1].gender");
        assertThat(participants.count("edition", edition)).isEqualTo(1);
    }

    @Test
    void retriedPushWithTheSameIdempotencyKeyGetsTheFirstReport() {
        String edition = Fixtures.edition(5, 5);
        String body = "{\"members\":[" + member("HB-1", "Wang", "王丽霞", false) + "]}";
        String key = java.util.UUID.randomUUID().toString();
        String first = given().auth().oauth2(APCAE).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/editions/" + edition + "/delegations/HEBEI-1").then().statusCode(200).extract().asString();
        String retry = given().auth().oauth2(APCAE).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/editions/" + edition + "/delegations/HEBEI-1").then().statusCode(200).extract().asString();
        assertThat(retry).isEqualTo(first).contains("CREATED");
        assertProblem(given().auth().oauth2(APCAE).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body.replace("HB-1", "HB-2")).when().put("/api/v1/editions/" + edition + "/delegations/HEBEI-1")
                .then().extract().response(), 422, "idempotency-key-reused");
        assertThat(participants.count("edition", edition)).isEqualTo(1);
    }

    @Test
    void missingMembersAreWithdrawnAndTheirSeatsGoToTheFirstInLine() {
        String edition = Fixtures.edition(5, 2);
        Response first = push(APCAE, edition, "HUNAN-1", List.of(member("HN-1", "Wang", "王丽霞", false),
                member("HN-2", "Li", "李丽霞", false), member("HN-3", "Zhou", "周丽霞", false)));
        Map<String, Map<String, Object>> members = byPerson(first);
        assertThat(members.get("HN-3").get("outcome")).isEqualTo("WAITLISTED");

        Response second = push(APCAE, edition, "HUNAN-1", List.of(member("HN-2", "Li", "李丽霞", true),
                member("HN-3", "Zhou", "周丽霞", false)));
        Map<String, Map<String, Object>> after = byPerson(second);
        assertThat(after.get("HN-1").get("outcome")).isEqualTo("WITHDRAWN");
        assertThat(after.get("HN-2").get("outcome")).isEqualTo("UPDATED");
        assertThat(after.get("HN-3").get("outcome")).isEqualTo("UNCHANGED");
        assertThat(after.get("HN-3").get("status")).isEqualTo("CONFIRMED");

        assertThat(events(EventTypes.PARTICIPANT_WITHDRAWN, (String) members.get("HN-1").get("participantId"), 1)).hasSize(1);
        assertThat(events(EventTypes.PARTICIPANT_PROMOTED, (String) members.get("HN-3").get("participantId"), 1)).hasSize(1);
        var updated = events(EventTypes.PARTICIPANT_UPDATED, (String) members.get("HN-2").get("participantId"), 1);
        assertThat(updated.get(0).json().path("data").path("vip").asBoolean()).isTrue();

        given().auth().oauth2(APCAE).when().get("/api/v1/editions/" + edition + "/delegations/HUNAN-1").then().statusCode(200)
                .body("counts.CONFIRMED", equalTo(2)).body("counts.WITHDRAWN", equalTo(1))
                .body("members.find { it.personId == 'HN-1' }.status", equalTo("WITHDRAWN"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("passport")));
    }

    @Test
    void anotherPartyNeverSeesOrChangesTheDelegation() {
        String edition = Fixtures.edition(5, 5);
        assertThat(push(APCAE, edition, "YUNNAN-1", List.of(member("YN-1", "Wang", "王丽霞", false))).statusCode()).isEqualTo(200);
        assertProblem(given().auth().oauth2(OTHER_APCAE).when().get("/api/v1/editions/" + edition + "/delegations/YUNNAN-1")
                .then().extract().response(), 404, "not-found");
        assertProblem(push(OTHER_APCAE, edition, "YUNNAN-1", List.of(member("YN-9", "Sun", "孙丽霞", false))), 404, "not-found");
        given().auth().oauth2(OTHER_APCAE).when().get("/api/v1/editions/" + edition + "/delegations").then().statusCode(200)
                .body("size()", equalTo(0));
        given().auth().oauth2(APCAE).when().get("/api/v1/editions/" + edition + "/delegations").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].delegationId", equalTo("YUNNAN-1"));
        given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/delegations/YUNNAN-1").then().statusCode(200);
        assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.JURY)).when()
                .get("/api/v1/editions/" + edition + "/delegations").then().extract().response(), 403, "forbidden");
        assertThat(participants.count("edition", edition)).isEqualTo(1);
    }

    @Test
    void unreadableListsAre400AndWriteNothing() {
        String edition = Fixtures.edition(5, 5);
        Response empty = assertProblem(push(APCAE, edition, "GANSU-1", List.of()), 400, "validation");
        assertThat(empty.jsonPath().getString("violations[0].field")).isEqualTo("members");
        Response duplicates = assertProblem(push(APCAE, edition, "GANSU-1",
                List.of(member("GS-1", "Wang", "王丽霞", false), member("GS-1", "Li", "李丽霞", false))), 400, "validation");
        assertThat(duplicates.jsonPath().getString("violations[0].field")).isEqualTo("members[1].personId");
        List<String> many = new ArrayList<>();
        IntStream.range(0, 5000).forEach(i -> many.add("{\"personId\":\"X-" + i + "\"}"));
        Response tooMany = assertProblem(push(APCAE, edition, "GANSU-1", many), 400, "validation");
        assertThat(tooMany.<String>path("detail")).contains("at most 500");
        assertProblem(push(APCAE, edition, "GANSU-1", List.of(member("GS-1", "Wang", "王丽霞", false)
                .replace("\"1972-05-14\"", "\"14/05/1972\""))), 400, "validation");
        assertThat(participants.count("edition", edition)).isZero();
        given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/delegations").then().body("size()", equalTo(0));
    }

    @Test
    void organisersUploadTheSameListAsCsvOrXlsx() throws Exception {
        String edition = Fixtures.edition(5, 5);
        String csv = """
                personId,familyName,givenName,nameZh,gender,dateOfBirth,passportNumber,passportExpiresOn,organisation,province,city,function,category,vip,languages,arrivalAt,arrivalTransport,departureAt,hotelNeeded,workshops,fieldVisit
                GD-1,Huang,Mingyu,黄明宇,MALE,1968-02-03,G12345678,2027-01-01,Province fictive,广东,广州,Vice-gouverneur,ELECTED_OFFICIAL,yes,zh;en,2018-12-10 15:40,MU569,2018-12-14 09:00,yes,workshop-tourism;workshop-sustainable-city,visit-airbus
                GD-2,Liang,Wei,梁伟,MALE,not-a-date,,,Ville fictive,广东,深圳,Chef de bureau,STAFF,no,zh,,,,no,,
                """;
        Response report = given().auth().oauth2(ORGANISER).contentType("text/csv").body(csv)
                .when().put("/api/v1/editions/" + edition + "/delegations/GUANGDONG-1?owner=apcae-beijing").then().extract().response();
        assertThat(report.statusCode()).as(report.asString()).isEqualTo(200);
        Map<String, Map<String, Object>> members = byPerson(report);
        assertThat(members.get("GD-1").get("outcome")).isEqualTo("CREATED");
        assertThat(members.get("GD-2").get("outcome")).isEqualTo("REJECTED");
        assertThat(report.jsonPath().getString("members.find { it.personId == 'GD-2' }.violations[0].field"))
                .isEqualTo("members[1].dateOfBirth");
        String id = (String) members.get("GD-1").get("participantId");
        given().auth().oauth2(ORGANISER).when().get("/api/v1/participants/" + id).then()
                .body("vip", equalTo(true)).body("arrival.transport", equalTo("MU569")).body("fieldVisit", equalTo("visit-airbus"))
                .body("languages", equalTo(List.of("zh", "en")));
        // The owner given by the organiser reads it back.
        given().auth().oauth2(APCAE).when().get("/api/v1/editions/" + edition + "/delegations/GUANGDONG-1").then().statusCode(200);

        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Délégation");
            String[] header = {"personId", "familyName", "givenName", "nameZh", "gender", "dateOfBirth", "organisation", "vip"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = sheet.createRow(1);
            String[] values = {"GD-1", "Huang", "Mingyu", "黄明宇", "MALE", "1968-02-03", "Province fictive", "no"};
            for (int i = 0; i < values.length; i++) {
                r.createCell(i).setCellValue(values[i]);
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        Response second = given().auth().oauth2(ORGANISER).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(xlsx).when().put("/api/v1/editions/" + edition + "/delegations/GUANGDONG-1").then().extract().response();
        assertThat(second.statusCode()).as(second.asString()).isEqualTo(200);
        assertThat(byPerson(second).get("GD-1").get("outcome")).isEqualTo("UPDATED");
        given().auth().oauth2(ORGANISER).when().get("/api/v1/participants/" + id).then().body("vip", equalTo(false));
        // APCAE may not upload spreadsheets.
        assertProblem(given().auth().oauth2(APCAE).contentType("text/csv").body(csv)
                .when().put("/api/v1/editions/" + edition + "/delegations/GUANGDONG-1").then().extract().response(), 403, "forbidden");
    }
}
