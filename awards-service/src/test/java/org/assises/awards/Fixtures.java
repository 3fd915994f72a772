package org.assises.awards;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.platform.security.Roles;
import org.assises.testsupport.BrokerEvents;
import org.assises.testsupport.DevTokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Test data of awards-service: editions of their own announced over the broker, calls, fictitious partnerships and jurors. */
final class Fixtures {

    static final String ORGANISER = DevTokens.forRole(Roles.ORGANISER);
    static final ObjectMapper JSON = new ObjectMapper();

    /** A test call's calendar: opens at T, closes T+10d, scoring T+11d to T+20d, ceremony T+30d. */
    static final OffsetDateTime T = OffsetDateTime.of(2030, 9, 2, 9, 0, 0, 0, ZoneOffset.ofHours(2));

    private Fixtures() {
    }

    /** Announces a fresh edition as programme-service would, and waits until awards knows it. */
    static String edition() {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 12);
        announce(code);
        return code;
    }

    static void announce(String code) {
        BrokerEvents.onTestBroker().send(Topics.PROGRAMME_EDITIONS, code, editionEvent(UUID.randomUUID(), code));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().when().get("/api/v1/editions/" + code + "/prizes").statusCode() == 200);
    }

    static String editionEvent(UUID id, String code) {
        return """
                {"specversion":"1.0","id":"%s","source":"programme-service","type":"%s","subject":"%s",
                 "time":"2030-01-01T00:00:00Z","datacontenttype":"application/json",
                 "data":{"code":"%s","name":{"fr":"Assises de test","zh":"测试大会"},"startsOn":"2030-12-11","endsOn":"2030-12-13",
                         "timeZone":"Europe/Paris","venue":null,"venueAddress":null}}"""
                .formatted(id, EventTypes.EDITION_CREATED, code, code);
    }

    /** A call on the three themes with the test calendar, quorum {@code quorum}, K = {@code perSide}. */
    static String callBody(int quorum, int perSide, String aggregation, int deliberationQuorum) {
        return """
                {"rules":{"fr":"Règlement de test","zh":"测试规则"},"eligibility":{"fr":"Un partenariat","zh":"一个合作伙伴关系"},
                 "themes":["TOURISM","AGRICULTURE_FOOD","SUSTAINABLE_CITY"],
                 "criteria":[{"code":"innovation","name":{"fr":"Innovation","zh":"创新"},"weight":3},
                             {"code":"results","name":{"fr":"Résultats","zh":"成果"},"weight":1},
                             {"code":"film","name":{"fr":"Film","zh":"短片"},"weight":1}],
                 "scaleMin":0,"scaleMax":10,"aggregation":"%s","quorum":%d,"jurorsPerSide":%d,"disagreement":2.0,
                 "deliberationQuorum":%d,
                 "opensAt":"%s","closesAt":"%s","scoringOpensAt":"%s","scoringClosesAt":"%s","ceremonyAt":"%s"}"""
                .formatted(aggregation, quorum, perSide, deliberationQuorum, T, T.plusDays(10), T.plusDays(11), T.plusDays(20),
                        T.plusDays(30));
    }

    static void setCall(String edition, String body) {
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/editions/" + edition + "/call").then().statusCode(200);
    }

    static String prize(String edition, String code, String theme, int laureates) {
        return given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body("""
                {"code":"%s","name":{"fr":"Prix %s","zh":"%s奖"},"theme":%s,"award":{"fr":"Diplôme","zh":"证书"},"laureates":%d}"""
                .formatted(code, code, code, theme == null ? "null" : "\"" + theme + "\"", laureates))
                .when().post("/api/v1/editions/" + edition + "/prizes").then().statusCode(201).extract().path("id");
    }

    /** An application by a fictitious partnership. */
    static String application(String theme, String french, String frenchZh, String region, String chinese, String chineseZh,
            String province, String film) {
        return """
                {"theme":"%s",
                 "frenchGovernment":{"name":{"fr":"%s","zh":"%s"},"region":"%s"},
                 "chineseGovernment":{"name":{"fr":"%s","zh":"%s"},"region":"%s"},
                 "title":{"fr":"Coopération %s – %s","zh":"%s与%s的合作"},
                 "summary":{"fr":"Un projet fictif de coopération.","zh":"一个虚构的合作项目。"},
                 "innovation":"Une plateforme partagée de circuits courts.","results":"Trois échanges par an depuis 2015.",
                 "filmUrl":"%s",
                 "contacts":[{"name":"Claire Fictive","function":"Chargée de mission","email":"claire.fictive@example.org","phone":"+33 5 61 00 00 01"}]}"""
                .formatted(theme, french, frenchZh, region, chinese, chineseZh, province, french, chinese, chineseZh, frenchZh, film);
    }

    static String application(String theme) {
        String n = UUID.randomUUID().toString().substring(0, 6);
        return application(theme, "Commune fictive " + n, "虚构市" + n, "Occitanie", "Ville fictive " + n, "虚构县" + n, "Sichuan",
                "https://films.example.org/" + n);
    }

    static Response submit(String edition, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/editions/" + edition + "/applications")
                .then().extract().response();
    }

    /** Submits, returns {id, token}. */
    static String[] submitted(String edition, String body) {
        Response r = submit(edition, body);
        r.then().statusCode(201);
        return new String[] {r.path("application.id"), r.path("token")};
    }

    static void screen(String edition, String id, String status, String reason) {
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body(reason == null ? "{\"status\":\"%s\"}".formatted(status) : "{\"status\":\"%s\",\"reason\":\"%s\"}".formatted(status, reason))
                .when().post("/api/v1/editions/" + edition + "/applications/" + id + "/screening").then().statusCode(200);
    }

    static String juror(String edition, String subject, String name, String nameZh, String side, String organisation, String region,
            List<String> partnerships) {
        try {
            return given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                    .body(JSON.writeValueAsString(Map.of("subject", subject, "name", name, "nameZh", nameZh, "side", side,
                            "organisation", organisation, "region", region, "partnerships", partnerships)))
                    .when().post("/api/v1/editions/" + edition + "/jurors").then().statusCode(201).extract().path("id");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String juror(String edition, String side) {
        String subject = "juror-" + UUID.randomUUID().toString().substring(0, 8);
        return juror(edition, subject, "Juré " + subject, "评委" + subject.substring(6), side,
                "Organisation neutre " + subject, side.equals("FRENCH") ? "Bretagne" : "Yunnan", List.of());
    }

    static String subjectOf(String edition, String jurorId) {
        return given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/jurors/" + jurorId).then().statusCode(200)
                .extract().path("subject");
    }

    static String jurorToken(String subject) {
        return DevTokens.forSubject(subject, Roles.JURY);
    }

    static void assign(String edition, String jurorId, String applicationId) {
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"jurorId\":\"%s\",\"applicationId\":\"%s\"}".formatted(jurorId, applicationId))
                .when().post("/api/v1/editions/" + edition + "/assignments").then().statusCode(201);
    }

    static Response score(String edition, String subject, String applicationId, String scores) {
        return given().auth().oauth2(jurorToken(subject)).contentType(ContentType.JSON).body(scores)
                .when().put("/api/v1/editions/" + edition + "/jury/me/applications/" + applicationId + "/scores").then().extract().response();
    }

    /** The deliberation's decision on an application, with {@code yes} votes for and the rank given (or none). */
    static Response decide(String edition, String application, String outcome, String prizeId, int yes, Integer rank) {
        return given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"outcome\":\"%s\",\"prizeId\":%s,\"votesFor\":%d,\"votesAgainst\":0,\"abstentions\":0,\"reason\":\"Vote du jury\",\"rank\":%s}"
                        .formatted(outcome, prizeId == null ? "null" : "\"" + prizeId + "\"", yes, rank))
                .when().put("/api/v1/editions/" + edition + "/deliberation/decisions/" + application).then().extract().response();
    }

    static String scores(int innovation, int results, int film) {
        return "{\"scores\":{\"innovation\":%d,\"results\":%d,\"film\":%d}}".formatted(innovation, results, film);
    }
}
