package org.assises.registration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.platform.security.Roles;
import org.assises.testsupport.BrokerEvents;
import org.assises.testsupport.DevTokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Test data of registration-service: editions of their own per test, fictitious people, events read back. */
final class Fixtures {

    static final String ORGANISER = DevTokens.forRole(Roles.ORGANISER);

    private Fixtures() {
    }

    /** A fresh edition code, so that tests never share seats. */
    static String editionCode() {
        return "t-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /**
     * An edition of 11-13 Dec 2018 announced by programme-service (its event sent through the broker),
     * with registration's settings: these quotas and the 2018 catalogue (parallel workshops of the given capacity).
     */
    static String edition(int total, int french, int chinese, int parallelCapacity) {
        String code = editionCode();
        announce(code);
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body("""
                {"quotas":{"total":%d,"french":%d,"chinese":%d},
                 "catalogue":[
                  {"code":"workshop-tourism","kind":"PLENARY_WORKSHOP","title":{"fr":"Tourisme","zh":"旅游"}},
                  {"code":"workshop-agriculture","kind":"PARALLEL_WORKSHOP","capacity":%d,"title":{"fr":"Agriculture","zh":"农业"}},
                  {"code":"workshop-sustainable-city","kind":"PARALLEL_WORKSHOP","capacity":%d,"title":{"fr":"Ville durable","zh":"可持续城市"}},
                  {"code":"visit-regal","kind":"FIELD_VISIT","capacity":%d,"title":{"fr":"REGAL","zh":"REGAL"}},
                  {"code":"visit-airbus","kind":"FIELD_VISIT","capacity":1000,"title":{"fr":"Airbus","zh":"空客"}}]}"""
                .formatted(total, french, chinese, parallelCapacity, parallelCapacity, Math.max(1000, parallelCapacity)))
                .when().put("/api/v1/editions/" + code + "/settings").then().statusCode(201);
        return code;
    }

    /** programme-service's edition event, as it would publish it on creating the edition. */
    static String editionEvent(String eventId, String code) {
        return """
                {"specversion":"1.0","id":"%s","source":"programme-service","type":"%s","subject":"%s",
                 "time":"2018-09-01T10:00:00Z","datacontenttype":"application/json",
                 "data":{"code":"%s","name":{"fr":"Assises de test","zh":"测试论坛"},"startsOn":"2018-12-11","endsOn":"2018-12-13",
                  "timeZone":"Europe/Paris","venue":{"fr":"Hôtel de Région","zh":"大区议会"},"venueAddress":"Toulouse"}}"""
                .formatted(eventId, EventTypes.EDITION_CREATED, code, code);
    }

    /** Sends programme-service's event for this edition and waits until registration knows it. */
    static void announce(String code) {
        BrokerEvents.onTestBroker().send(Topics.PROGRAMME_EDITIONS, code, editionEvent(UUID.randomUUID().toString(), code));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> known(code));
    }

    /** The seed edition assises-2018, announced once, with the settings of its seed file. */
    static void seedEdition() {
        if (!known("assises-2018")) {
            announce("assises-2018");
        }
    }

    private static boolean known(String code) {
        return given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + code).then().extract().statusCode() == 200;
    }

    static String edition(int french, int chinese) {
        return edition(french + chinese, french, chinese, 1000);
    }

    /** A valid French self-registration. */
    static String person(String email) {
        return person(email, "workshop-agriculture");
    }

    static String person(String email, String parallelWorkshop) {
        return """
                {"civility":"MS","familyName":"Fictivelle","givenName":"Anne","organisation":"Commune fictive de Saint-Essai",
                 "function":"Adjointe aux relations internationales","category":"ELECTED_OFFICIAL","email":"%s",
                 "phone":"+33 5 61 00 00 00","languages":["fr","en"],"interpretationNeeded":true,"dietaryNeeds":"végétarienne",
                 "galaDinner":true,"workshops":["workshop-tourism","%s"],"fieldVisit":"visit-regal",
                 "arrival":{"at":"2018-12-10T18:00:00+01:00","transport":"TGV 8511","place":"Toulouse-Matabiau"},
                 "departure":{"at":"2018-12-13T17:00:00+01:00","transport":"TGV 8530","place":"Toulouse-Matabiau"},
                 "hotelNeeded":true}""".formatted(email, parallelWorkshop);
    }

    static String email() {
        return "p-" + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
    }

    static Response selfRegister(String edition, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/editions/" + edition + "/registrations").then().extract().response();
    }

    /** The events of this type about this participant, read back from the broker. */
    static List<BrokerEvents.Message> events(String type, String subject, int count) {
        return BrokerEvents.onTestBroker().await(Topics.REGISTRATION_PARTICIPANTS, BrokerEvents.event(type, subject), count,
                Duration.ofSeconds(30));
    }
}
