package org.assises.registration;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

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

    /** Creates an edition of 11-13 Dec 2018 with these quotas and the 2018 catalogue (parallel workshops of the given capacity). */
    static String edition(int total, int french, int chinese, int parallelCapacity) {
        String code = editionCode();
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body("""
                {"code":"%s","name":"Assises de test","startsOn":"2018-12-11","endsOn":"2018-12-13","timeZone":"Europe/Paris",
                 "venue":"Hôtel de Région, Toulouse","quotas":{"total":%d,"french":%d,"chinese":%d},
                 "catalogue":[
                  {"code":"workshop-tourism","kind":"PLENARY_WORKSHOP","title":{"fr":"Tourisme","zh":"旅游"}},
                  {"code":"workshop-agriculture","kind":"PARALLEL_WORKSHOP","capacity":%d,"title":{"fr":"Agriculture","zh":"农业"}},
                  {"code":"workshop-sustainable-city","kind":"PARALLEL_WORKSHOP","capacity":%d,"title":{"fr":"Ville durable","zh":"可持续城市"}},
                  {"code":"visit-regal","kind":"FIELD_VISIT","capacity":%d,"title":{"fr":"REGAL","zh":"REGAL"}},
                  {"code":"visit-airbus","kind":"FIELD_VISIT","capacity":1000,"title":{"fr":"Airbus","zh":"空客"}}]}"""
                .formatted(code, total, french, chinese, parallelCapacity, parallelCapacity, Math.max(1000, parallelCapacity)))
                .when().post("/api/v1/editions").then().statusCode(201);
        return code;
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
