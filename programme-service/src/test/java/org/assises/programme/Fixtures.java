package org.assises.programme;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assises.platform.security.Roles;
import org.assises.testsupport.DevTokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Builds test data through the API, each test with its own edition so tests never see each other's data. */
final class Fixtures {

    static final String ORGANISER = DevTokens.forRole(Roles.ORGANISER);

    private Fixtures() {
    }

    /** A fresh edition from 11 to 13 December 2018, Europe/Paris. */
    static String edition(String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body(Map.of("name", text("Assises de test", "测试论坛"), "startsOn", "2018-12-11", "endsOn", "2018-12-13"))
                .when().put("/api/v1/editions/" + code).then().statusCode(201);
        return code;
    }

    static String venue(String edition) {
        return given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body(Map.of("name", text("Hôtel fictif des Essais", "测试酒店"), "address", "1 rue Imaginaire, Toulouse"))
                .when().post("/api/v1/editions/" + edition + "/venues").then().statusCode(201).extract().path("id");
    }

    static String room(String edition, String venueId, Integer capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", text("Salle " + UUID.randomUUID().toString().substring(0, 4), "会议室"));
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        return given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/editions/" + edition + "/venues/" + venueId + "/rooms").then().statusCode(201).extract().path("id");
    }

    /** A session body; callers adjust it before posting. */
    static Map<String, Object> session(String code, String kind, String roomId, String start, String end) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("kind", kind);
        body.put("title", text("Séance " + code, "会议 " + code));
        if (roomId != null) {
            body.put("roomId", roomId);
        }
        body.put("start", start);
        body.put("end", end);
        body.put("status", "CONFIRMED");
        return body;
    }

    static Response postSession(String edition, Map<String, Object> body) {
        return given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/editions/" + edition + "/sessions").then().extract().response();
    }

    static String createSession(String edition, Map<String, Object> body) {
        Response response = postSession(edition, body);
        if (response.statusCode() != 201) {
            throw new AssertionError("session not created: " + response.asString());
        }
        return response.path("id");
    }

    static Response putSession(String edition, String id, Map<String, Object> body) {
        return given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/editions/" + edition + "/sessions/" + id).then().extract().response();
    }

    /** A JSON Merge Patch (RFC 7396) on a path of the edition, sent as UTF-8 bytes as JSON always is. */
    static Response patch(String edition, String path, Object body) {
        byte[] bytes;
        try {
            bytes = body instanceof String json ? json.getBytes(StandardCharsets.UTF_8) : new ObjectMapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        return given().auth().oauth2(ORGANISER).contentType("application/merge-patch+json").body(bytes)
                .when().patch("/api/v1/editions/" + edition + path).then().extract().response();
    }

    static Response delete(String edition, String path) {
        return given().auth().oauth2(ORGANISER).when().delete("/api/v1/editions/" + edition + path).then().extract().response();
    }

    static String speaker(String edition, String nameLatin, String nameZh) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameLatin", nameLatin);
        body.put("nameZh", nameZh);
        body.put("organisation", "Ville fictive de Jinshan");
        body.put("country", "CN");
        body.put("languages", List.of("zh", "fr"));
        return given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/editions/" + edition + "/speakers").then().statusCode(201).extract().path("id");
    }

    static Response postIntervention(String edition, String sessionId, Map<String, Object> body) {
        return given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/editions/" + edition + "/sessions/" + sessionId + "/interventions").then().extract().response();
    }

    static Map<String, Object> talk(String speakerId, int position, Integer minutes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("speakerId", speakerId);
        body.put("title", text("Exposé " + position, "发言 " + position));
        body.put("position", position);
        if (minutes != null) {
            body.put("durationMinutes", minutes);
        }
        return body;
    }

    static Response session(String edition, String id) {
        return given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/sessions/" + id).then().extract().response();
    }

    static List<Map<String, Object>> warnings(String edition) {
        return given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/warnings")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    static Response publish(String edition, Boolean acknowledge) {
        var request = given().auth().oauth2(ORGANISER).contentType(ContentType.JSON);
        if (acknowledge != null) {
            request = request.body(Map.of("acknowledgeWarnings", acknowledge));
        }
        return request.when().post("/api/v1/editions/" + edition + "/versions").then().extract().response();
    }

    static Map<String, String> text(String fr, String zh) {
        return Map.of("fr", fr, "zh", zh);
    }
}
