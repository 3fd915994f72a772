package org.assises.awards;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assises.awards.Fixtures.ORGANISER;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.assises.awards.service.ResultsService;
import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The 2018 prize from the call to the ceremony, through the API, with fictitious local governments:
 * the reference call, applications and their token, screening, a Franco-Chinese jury, detected and
 * declared conflicts, automatic assignment, scoring with a conflict confirmed after the fact, the
 * quorum, the ranking sheet, the deliberation, and the embargo until 13 December 2018 at 09:00.
 */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class PrizeStory2018Test {

    private static final OffsetDateTime CEREMONY = OffsetDateTime.parse("2018-12-13T09:00:00+01:00");

    @Inject
    TestClock clock;

    @Inject
    ResultsService results;

    @Test
    void the2018PrizeFromTheCallToTheCeremony() throws Exception {
        String edition = Fixtures.edition();
        String base = "/api/v1/editions/" + edition;

        // The call: loaded from the 2018 data, readable by the public only once opened.
        clock.set(OffsetDateTime.parse("2018-08-20T12:00:00+02:00"));
        given().auth().oauth2(ORGANISER).when().post(base + "/call/reference/assises-2018").then().statusCode(200)
                .body("criteria", hasSize(6)).body("prizes", hasSize(6));
        assertProblem(given().when().get(base + "/call").then().extract().response(), 404, "not-found");
        clock.set(OffsetDateTime.parse("2018-09-10T10:00:00+02:00"));
        JsonPath call = given().when().get(base + "/call").then().statusCode(200).extract().jsonPath();
        assertThat(call.getList("criteria.code")).contains("innovation", "film");
        assertThat(call.getString("ceremonyAt")).isEqualTo("2018-12-13T09:00:00+01:00");
        assertThat(call.getBoolean("acceptingApplications")).isTrue();
        assertThat(call.getList("themes")).containsExactly("TOURISM", "AGRICULTURE_FOOD", "SUSTAINABLE_CITY");
        // More generosity: the tourism prize gets a second laureate.
        Map<String, Object> tourism = call.getMap("prizes.find { it.code == 'tourism' }");
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body("""
                {"code":"tourism","name":{"fr":"Prix du tourisme","zh":"旅游奖"},"theme":"TOURISM",
                 "award":{"fr":"Diplôme et objet d'Occitanie gravé","zh":"证书及刻字纪念品"},"laureates":2}""")
                .when().put(base + "/prizes/" + tourism.get("id")).then().statusCode(200).body("laureates", equalTo(2));

        // Applications by fictitious partnerships; one with an Idempotency-Key, retried.
        String a1Body = Fixtures.application("TOURISM", "Commune de Valfleurie", "瓦尔弗勒里市", "Occitanie", "Ville de Qingshan",
                "青山市", "Sichuan", "https://films.example.org/valfleurie-qingshan");
        var first = given().contentType(ContentType.JSON).header("Idempotency-Key", "valfleurie-2018").body(a1Body)
                .when().post(base + "/applications").then().statusCode(201).extract().response();
        var retry = given().contentType(ContentType.JSON).header("Idempotency-Key", "valfleurie-2018").body(a1Body)
                .when().post(base + "/applications").then().statusCode(200).extract().response();
        String a1 = first.path("application.id");
        String a1Token = first.path("token");
        assertThat((String) retry.path("application.id")).isEqualTo(a1);
        assertThat((String) retry.path("token")).isEqualTo(a1Token);
        String a2 = Fixtures.submitted(edition, Fixtures.application("TOURISM", "Département du Causse-Vert", "绿喀斯高原省",
                "Occitanie", "Préfecture de Lanhe", "蓝河州", "Yunnan", "https://films.example.org/causse-lanhe"))[0];
        String a3 = Fixtures.submitted(edition, Fixtures.application("AGRICULTURE_FOOD", "Communauté des Coteaux-Dorés", "金坡市镇联合体",
                "Nouvelle-Aquitaine", "District de Baiyun", "白云区", "Guangdong", "https://films.example.org/coteaux-baiyun"))[0];
        String a4 = Fixtures.submitted(edition, Fixtures.application("SUSTAINABLE_CITY", "Métropole de Rivebelle", "里韦贝勒大都市",
                "Auvergne-Rhône-Alpes", "Ville de Xinhu", "新湖市", "Zhejiang", "http://films.example.org/rivebelle-xinhu"))[0];
        String[] a5 = Fixtures.submitted(edition, Fixtures.application("AGRICULTURE_FOOD"));
        String a6 = Fixtures.submitted(edition, Fixtures.application("SUSTAINABLE_CITY", "Ville de Port-Fictif", "虚构港市", "Bretagne",
                "Ville de Haibin", "海滨市", "Fujian", "https://films.example.org/port-haibin"))[0];
        // The partnership edits its application, another withdraws, before the deadline.
        given().contentType(ContentType.JSON).header("X-Application-Token", a1Token).body(a1Body.replace("Trois échanges", "Quatre échanges"))
                .when().put("/api/v1/applications/" + a1).then().statusCode(200).body("results", equalTo("Quatre échanges par an depuis 2015."));
        given().header("X-Application-Token", a5[1]).when().delete("/api/v1/applications/" + a5[0]).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));

        // After the deadline: no new application, no change; the partnership still reads its own.
        clock.set(OffsetDateTime.parse("2018-10-05T18:00:00+02:00"));
        assertProblem(Fixtures.submit(edition, Fixtures.application("TOURISM")), 409, "call-closed");
        assertProblem(given().contentType(ContentType.JSON).header("X-Application-Token", a1Token).body(a1Body)
                .when().put("/api/v1/applications/" + a1).then().extract().response(), 409, "call-closed");
        given().header("X-Application-Token", a1Token).when().get("/api/v1/applications/" + a1).then().statusCode(200)
                .body("frenchGovernment.name.zh", equalTo("瓦尔弗勒里市"));

        // Screening.
        for (String id : List.of(a1, a2, a3, a4)) {
            Fixtures.screen(edition, id, "ELIGIBLE", null);
        }
        Fixtures.screen(edition, a6, "INELIGIBLE", "Partenariat de moins de deux ans");
        assertThat(given().auth().oauth2(ORGANISER).when().get(base + "/applications?status=ELIGIBLE").then().statusCode(200)
                .extract().jsonPath().getList("id")).containsExactlyInAnyOrder(a1, a2, a3, a4);

        // The Franco-Chinese jury (fictitious members).
        String f1 = Fixtures.juror(edition, "elise.fictive", "Élise Fictive", "艾丽丝·虚构", "FRENCH", "Commune de Valfleurie", "Occitanie", List.of());
        String f2 = Fixtures.juror(edition, "marc.essai", "Marc Essai", "马克·测试", "FRENCH", "Cités fictives de France", "Île-de-France", List.of());
        String f3 = Fixtures.juror(edition, "lea.exemple", "Léa Exemple", "莉娅·示例", "FRENCH", "Université fictive de Lille", "Hauts-de-France", List.of());
        String f4 = Fixtures.juror(edition, "paul.modele", "Paul Modèle", "保罗·模型", "FRENCH", "Agence fictive de Nantes", "Pays de la Loire", List.of());
        String c1 = Fixtures.juror(edition, "li.ceshi", "Li Ceshi", "李测试", "CHINESE", "Association fictive de Pékin", "Beijing", List.of("Ville de Xinhu"));
        String c2 = Fixtures.juror(edition, "wang.shili", "Wang Shili", "王示例", "CHINESE", "Bureau fictif de Chengdu", "Hubei", List.of());
        String c3 = Fixtures.juror(edition, "zhang.xuni", "Zhang Xuni", "张虚拟", "CHINESE", "Institut fictif de Shanghai", "Shanghai", List.of());
        String c4 = Fixtures.juror(edition, "chen.yangben", "Chen Yangben", "陈样本", "CHINESE", "Centre fictif de Xi'an", "Shaanxi", List.of());

        // Detection: own local government, same région, a partner; potential until an organiser decides.
        JsonPath detected = given().auth().oauth2(ORGANISER).when().post(base + "/conflicts/detection").then().statusCode(200)
                .extract().jsonPath();
        assertThat(detected.getList("findAll { true }.collect { it.jurorId + '/' + it.applicationId + '/' + it.type + '/' + it.status }"))
                .containsExactlyInAnyOrder(f1 + "/" + a1 + "/OWN_GOVERNMENT/POTENTIAL", f1 + "/" + a2 + "/SAME_REGION/POTENTIAL",
                        c1 + "/" + a4 + "/PARTNER/POTENTIAL");
        String ownConflict = detected.getString("find { it.type == 'OWN_GOVERNMENT' }.id");
        String regionConflict = detected.getString("find { it.type == 'SAME_REGION' }.id");
        String partnerConflict = detected.getString("find { it.type == 'PARTNER' }.id");
        given().auth().oauth2(ORGANISER).when().post(base + "/conflicts/" + ownConflict + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        given().auth().oauth2(ORGANISER).when().post(base + "/conflicts/" + regionConflict + "/dismissal").then().statusCode(200)
                .body("status", equalTo("DISMISSED"));

        // Automatic assignment: K = 2 per side, no conflicted juror (the potential one included), balanced loads.
        JsonPath report = given().auth().oauth2(ORGANISER).when().post(base + "/assignments/automatic").then().statusCode(200)
                .extract().jsonPath();
        assertThat(report.getList("shortfalls")).isEmpty();
        assertThat(report.getList("added")).hasSize(16);
        assertThat(report.getList("added.findAll { it.jurorId == '" + f1 + "' }.applicationId")).doesNotContain(a1);
        assertThat(report.getList("added.findAll { it.jurorId == '" + c1 + "' }.applicationId")).doesNotContain(a4);
        List<Integer> loads = report.getList("loads.assigned", Integer.class);
        assertThat(loads.stream().mapToInt(Integer::intValue).max().getAsInt() - loads.stream().mapToInt(Integer::intValue).min().getAsInt())
                .isLessThanOrEqualTo(1);
        // A juror reads only what is assigned to them; the conflicted application is a 404.
        List<String> f1Reads = given().auth().oauth2(Fixtures.jurorToken("elise.fictive")).when().get(base + "/jury/me/applications")
                .then().statusCode(200).extract().jsonPath().getList("id");
        assertThat(f1Reads).doesNotContain(a1).isNotEmpty();
        assertProblem(given().auth().oauth2(Fixtures.jurorToken("elise.fictive")).when().get(base + "/jury/me/applications/" + a1)
                .then().extract().response(), 404, "not-found");
        given().auth().oauth2(Fixtures.jurorToken("marc.essai")).when().get(base + "/jury/me/applications")
                .then().statusCode(200)
                .body("contacts", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
        // By hand: Li Ceshi on Rivebelle-Xinhu, whose conflict is only potential so far.
        Fixtures.assign(edition, c1, a4);

        // Scoring, only during its phase.
        Map<String, String> subjects = Map.of(f1, "elise.fictive", f2, "marc.essai", f3, "lea.exemple", f4, "paul.modele",
                c1, "li.ceshi", c2, "wang.shili", c3, "zhang.xuni", c4, "chen.yangben");
        JsonPath assignments = given().auth().oauth2(ORGANISER).when().get(base + "/assignments").then().statusCode(200).extract().jsonPath();
        List<Map<String, String>> pairs = assignments.getList("$");
        assertProblem(Fixtures.score(edition, subjects.get(pairs.get(0).get("jurorId")), pairs.get(0).get("applicationId"), sheet(5, 5, 5)),
                409, "scoring-closed");
        clock.set(OffsetDateTime.parse("2018-10-10T10:00:00+02:00"));
        Map<String, String> scoreOf = Map.of(a1, sheet(9, 9, 8), a2, sheet(7, 7, 7), a3, sheet(8, 8, 8),
                a4, sheet(6, 6, 6));
        // One Chinese juror does not score Coteaux-Dorés: three scores, under the quorum of four.
        String skippedOnA3 = pairs.stream().filter(p -> a3.equals(p.get("applicationId"))).map(p -> p.get("jurorId"))
                .filter(List.of(c1, c2, c3, c4)::contains).findFirst().orElseThrow();
        for (Map<String, String> pair : pairs) {
            String juror = pair.get("jurorId");
            String app = pair.get("applicationId");
            if (app.equals(a3) && juror.equals(skippedOnA3)) {
                continue;
            }
            String body = juror.equals(c1) && app.equals(a4) ? sheet(10, 10, 10) : scoreOf.get(app);
            Fixtures.score(edition, subjects.get(juror), app, body).then().statusCode(200);
        }
        // A juror changes their mind: the change is kept, before and after.
        String changer = pairs.stream().filter(p -> p.get("applicationId").equals(a2)).map(p -> p.get("jurorId")).findFirst().orElseThrow();
        Fixtures.score(edition, subjects.get(changer), a2, "{\"scores\":{\"innovation\":8,\"results\":7,\"reproducibility\":7,\"reciprocity\":7,\"sustainability\":7,\"film\":7},"
                + "\"comment\":\"Le film convainc.\",\"commentLanguage\":\"fr\"}").then().statusCode(200).body("weightedTotal", equalTo(7.273f));

        // A conflict confirmed after scoring: Li Ceshi's 10/10 on Rivebelle-Xinhu stops counting, with a trace.
        given().auth().oauth2(ORGANISER).when().post(base + "/conflicts/" + partnerConflict + "/confirmation").then().statusCode(200);
        JsonPath a4Scores = given().auth().oauth2(ORGANISER).when().get(base + "/applications/" + a4 + "/scores").then().statusCode(200)
                .extract().jsonPath();
        assertThat(a4Scores.getBoolean("sheets.find { it.jurorId == '" + c1 + "' }.excluded")).isTrue();
        assertThat(a4Scores.getList("history.kind")).contains("SCORED", "EXCLUDED_BY_CONFLICT");
        JsonPath a2Scores = given().auth().oauth2(ORGANISER).when().get(base + "/applications/" + a2 + "/scores").then().statusCode(200)
                .extract().jsonPath();
        assertThat(a2Scores.getString("history.find { it.kind == 'CHANGED' }.before.innovation")).isEqualTo("7");
        assertThat(a2Scores.getString("history.find { it.kind == 'CHANGED' }.after.innovation")).isEqualTo("8");
        assertProblem(given().auth().oauth2(Fixtures.jurorToken("li.ceshi")).when().get(base + "/jury/me/applications/" + a4)
                .then().extract().response(), 404, "not-found");

        // The ranking for the jury meeting: mean of the scores that count, quorum, per prize.
        clock.set(OffsetDateTime.parse("2018-10-22T10:00:00+02:00"));
        JsonPath ranking = given().auth().oauth2(ORGANISER).when().get(base + "/ranking").then().statusCode(200).extract().jsonPath();
        assertThat(ranking.getList("prizes.find { it.code == 'tourism' }.lines.applicationId")).containsExactly(a1, a2);
        assertThat(ranking.getList("prizes.find { it.code == 'tourism' }.lines.rank")).containsExactly(1, 2);
        Map<String, Object> rivebelle = ranking.getMap("prizes.find { it.code == 'sustainable-city' }.lines.find { it.applicationId == '" + a4 + "' }");
        assertThat(rivebelle.get("aggregate")).isEqualTo(6.0f);
        assertThat(rivebelle.get("excludedScores")).isEqualTo(1);
        Map<String, Object> coteaux = ranking.getMap("prizes.find { it.code == 'agriculture-food' }.lines.find { it.applicationId == '" + a3 + "' }");
        assertThat(coteaux.get("rank")).isNull();
        assertThat((String) coteaux.get("notRankedBecause")).contains("quorum is 4");
        var csv = given().auth().oauth2(ORGANISER).when().get(base + "/ranking.csv").then().statusCode(200).extract().response();
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.asString()).startsWith("prize,prize_fr,prize_zh,rank,application_id").contains("瓦尔弗勒里市");
        byte[] xlsx = given().auth().oauth2(ORGANISER).when().get(base + "/ranking.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("tourism").getRow(1).getCell(4).getStringCellValue()).isEqualTo(a1);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
        }

        // The deliberation: quorum and balance, a recusal, decisions with their vote, then closed.
        assertProblem(given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"heldAt\":\"2018-10-23T10:00:00+02:00\",\"present\":[\"%s\",\"%s\",\"%s\",\"%s\",\"%s\"]}".formatted(f1, f2, f3, f4, c1))
                .when().post(base + "/deliberation").then().extract().response(), 409, "jury-not-quorate");
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"heldAt\":\"2018-10-23T10:00:00+02:00\",\"present\":[\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\"]}"
                        .formatted(f1, f2, f3, f4, c1, c2, c3))
                .when().post(base + "/deliberation").then().statusCode(201).body("present", hasSize(7));
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"jurorId\":\"%s\",\"applicationId\":\"%s\",\"reason\":\"Lien personnel avec le porteur\"}".formatted(f2, a2))
                .when().post(base + "/deliberation/recusals").then().statusCode(200).body("recusals", hasSize(1));
        String tourismId = (String) tourism.get("id");
        String cityId = ranking.getString("prizes.find { it.code == 'sustainable-city' }.prizeId");
        decide(base, a1, "LAUREATE", tourismId, 6, 0, 0).then().statusCode(200);
        // Seven present, Élise Fictive in conflict on Valfleurie-Qingshan: six may vote.
        assertProblem(decide(base, a1, "LAUREATE", tourismId, 7, 0, 0), 400, "validation");
        decide(base, a2, "LAUREATE", tourismId, 5, 1, 0).then().statusCode(200);
        assertProblem(decide(base, a4, "LAUREATE", tourismId, 5, 0, 0), 400, "validation");
        decide(base, a4, "LAUREATE", cityId, 4, 2, 0).then().statusCode(200);
        decide(base, a3, "MENTION", null, 6, 0, 1).then().statusCode(200);
        given().auth().oauth2(ORGANISER).when().post(base + "/deliberation/closing").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("decisions", hasSize(4));
        assertProblem(decide(base, a3, "NOT_SELECTED", null, 6, 0, 0), 409, "deliberation-closed");
        given().auth().oauth2(ORGANISER).when().get(base + "/applications/" + a1).then().body("status", equalTo("LAUREATE"));

        // Organisers have the laureates for the diplomas; the partnership does not know yet.
        given().auth().oauth2(ORGANISER).when().get(base + "/laureates").then().statusCode(200)
                .body("prizes.find { it.code == 'tourism' }.laureates.applicationId", org.hamcrest.Matchers.containsInAnyOrder(a1, a2))
                .body("publishedAt", org.hamcrest.Matchers.nullValue());
        assertThat(given().auth().oauth2(ORGANISER).when().get(base + "/laureates.csv").then().statusCode(200).extract().asString())
                .contains("Commune de Valfleurie", "新湖市");
        given().header("X-Application-Token", a1Token).when().get("/api/v1/applications/" + a1).then().body("status", equalTo("UNDER_REVIEW"));

        // The embargo: a second before the ceremony, nothing; at 09:00, the public list and one event.
        clock.set(CEREMONY.minusSeconds(1));
        assertThat(results.publishDue()).doesNotContain(edition);
        assertProblem(given().when().get(base + "/results").then().extract().response(), 404, "not-found");
        assertProblem(given().auth().oauth2(Fixtures.jurorToken("marc.essai")).when().get(base + "/results").then().extract().response(),
                404, "not-found");
        assertThat(BrokerEvents.onTestBroker().await(Topics.AWARDS_RESULTS, BrokerEvents.event(EventTypes.AWARDS_RESULTS_PUBLISHED, edition),
                1, Duration.ofSeconds(3))).isEmpty();

        clock.set(CEREMONY);
        results.publishDue();
        JsonPath published = given().when().get(base + "/results").then().statusCode(200).extract().jsonPath();
        assertThat(published.getList("prizes.find { it.code == 'tourism' }.laureates.frenchGovernment.zh"))
                .containsExactlyInAnyOrder("瓦尔弗勒里市", "绿喀斯高原省");
        assertThat(published.getString("mentions[0].chineseGovernment.zh")).isEqualTo("白云区");
        assertThat(published.getString("publishedAt")).isEqualTo("2018-12-13T09:00:00+01:00");
        given().header("X-Application-Token", a1Token).when().get("/api/v1/applications/" + a1).then().body("status", equalTo("LAUREATE"));
        assertThat(results.publishDue()).doesNotContain(edition);
        List<BrokerEvents.Message> events = BrokerEvents.onTestBroker().await(Topics.AWARDS_RESULTS,
                BrokerEvents.event(EventTypes.AWARDS_RESULTS_PUBLISHED, edition), 2, Duration.ofSeconds(5));
        assertThat(events).hasSize(1);
        var data = events.get(0).json().path("data");
        assertThat(events.get(0).key()).isEqualTo(edition);
        assertThat(data.path("edition").asText()).isEqualTo(edition);
        assertThat(data.path("prizes").findValuesAsText("code")).contains("tourism", "sustainable-city", "grand-prix-innovation");
        assertThat(data.toString()).contains("新湖市", "Ville de Qingshan", "\"applicationId\":\"" + a1 + "\"").doesNotContain("claire.fictive");
    }

    /** A sheet on the 2018 rulebook's six criteria: innovation, the same score for the four others, the film. */
    private static String sheet(int innovation, int others, int film) {
        return ("{\"scores\":{\"innovation\":%d,\"results\":%d,\"reproducibility\":%d,\"reciprocity\":%d,\"sustainability\":%d,"
                + "\"film\":%d}}").formatted(innovation, others, others, others, others, film);
    }

    private static io.restassured.response.Response decide(String base, String application, String outcome, String prize, int yes, int no,
            int abstain) {
        return given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"outcome\":\"%s\",\"prizeId\":%s,\"votesFor\":%d,\"votesAgainst\":%d,\"abstentions\":%d,\"reason\":\"Décision du jury\"}"
                        .formatted(outcome, prize == null ? "null" : "\"" + prize + "\"", yes, no, abstain))
                .when().put(base + "/deliberation/decisions/" + application).then().extract().response();
    }
}
