package org.assises.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Test data of the papers and the door: letter settings, delegations by person id, badges, scans. */
final class Papers {

    private Papers() {
    }

    static void letterSettings(String edition) {
        given().auth().oauth2(Fixtures.ORGANISER).contentType(ContentType.JSON).body("""
                {"letterhead":{"fr":"Région Occitanie / Pyrénées-Méditerranée","zh":"奥克西塔尼大区"},
                 "issuer":{"fr":"La Région Occitanie","zh":"奥克西塔尼大区"},
                 "address":{"fr":"22 boulevard du Maréchal-Juin, 31406 Toulouse","zh":"图卢兹市元帅大道22号"},
                 "signatoryName":"Jeanne Fictive",
                 "signatoryTitle":{"fr":"Vice-présidente chargée des relations internationales","zh":"负责国际关系的副主席"},
                 "programmeTitle":{"fr":"Assises de la coopération décentralisée franco-chinoise","zh":"中法地方合作大会"},
                 "purpose":{"fr":"participation à la conférence","zh":"出席大会"},
                 "place":{"fr":"Toulouse","zh":"图卢兹"}}""")
                .when().put("/api/v1/editions/" + edition + "/letter-settings").then().statusCode(200);
    }

    /** Pushes the members and answers the participant id of each person id that was accepted. */
    static Map<String, UUID> push(String token, String edition, String delegation, List<String> members) {
        Response report = DelegationPushTest.push(token, edition, delegation, members);
        assertThat(report.statusCode()).as(report.asString()).isEqualTo(200);
        List<Map<String, Object>> reports = report.jsonPath().getList("members");
        return reports.stream().filter(m -> m.get("participantId") != null)
                .collect(Collectors.toMap(m -> (String) m.get("personId"), m -> UUID.fromString((String) m.get("participantId"))));
    }

    static String withoutPassport(String member) {
        return member.replaceAll("\"passport\":\\{[^}]*\\},", "");
    }

    static Response badge(UUID participant) {
        return given().auth().oauth2(Fixtures.ORGANISER).when().post("/api/v1/participants/" + participant + "/badge")
                .then().extract().response();
    }

    static UUID list(String edition, String body) {
        return UUID.fromString(given().auth().oauth2(Fixtures.ORGANISER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/editions/" + edition + "/checkin-lists").then().statusCode(201).extract().path("id"));
    }

    static UUID entryList(String edition) {
        return list(edition, """
                {"code":"entry-2018-12-12","name":{"fr":"Entrée du 12 décembre","zh":"12月12日入场"},"kind":"ENTRY",
                 "admits":"ALL_CONFIRMED","day":"2018-12-12"}""");
    }

    static Response scan(UUID list, String secret, String nonce, String device, boolean force) {
        return given().auth().oauth2(Fixtures.ORGANISER).contentType(ContentType.JSON)
                .body(Map.of("secret", secret, "nonce", nonce, "device", device, "gate", "Hall " + device, "force", force))
                .when().post("/api/v1/checkin-lists/" + list + "/scans").then().extract().response();
    }

    static String nonce() {
        return "n-" + UUID.randomUUID();
    }
}
