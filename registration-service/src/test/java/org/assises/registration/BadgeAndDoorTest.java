package org.assises.registration;

import static io.restassured.RestAssured.given;
import static org.assises.registration.DelegationPushTest.APCAE;
import static org.assises.registration.DelegationPushTest.member;
import static org.assises.registration.Fixtures.ORGANISER;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.assises.contracts.EventTypes;
import org.assises.platform.security.Roles;
import org.assises.registration.repository.CheckInRepository;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;
import org.assises.testsupport.DevTokens;
import org.assises.testsupport.PrintedDocuments;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Badges and the door through the API: QR secrets read back, scans and their replays, rotation, lists, attendance, two devices at once. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class BadgeAndDoorTest {

    static final String LOGISTICS = DevTokens.forRole(Roles.LOGISTICS);

    @Inject
    CheckInRepository checkIns;

    /** Prints the participant's A6 badge and reads the secret back from its QR code. */
    static String printSecret(UUID participant) {
        byte[] pdf = Papers.badge(participant).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        List<String> codes = PrintedDocuments.qrCodes(PrintedDocuments.render(pdf, 0, 150));
        assertThat(codes).hasSize(1);
        return codes.get(0);
    }

    static UUID french(String edition) {
        return UUID.fromString(Fixtures.selfRegister(edition, Fixtures.person(Fixtures.email())).then().statusCode(201).extract().path("id"));
    }

    long checkInsAt(UUID list) {
        return QuarkusTransaction.requiringNew().call(() -> (long) checkIns.checkIns(list).size());
    }

    @Test
    void theQrCarriesASecretNotTheIdAndTheDoorAnswersOkThenAlreadyCheckedInWithWhenAndWhere() {
        String edition = Fixtures.edition(5, 5);
        UUID anne = french(edition);
        String secret = printSecret(anne);
        assertThat(secret).hasSize(22).doesNotContain(anne.toString()).doesNotContain(anne.toString().replace("-", ""));
        UUID entry = Papers.entryList(edition);

        Response first = Papers.scan(entry, secret, Papers.nonce(), "door-1", false);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.jsonPath().getString("result")).isEqualTo("OK");
        assertThat(first.jsonPath().getString("participant.familyName")).isEqualTo("Fictivelle");
        Response second = Papers.scan(entry, secret, Papers.nonce(), "door-2", false);
        assertThat(second.jsonPath().getString("result")).isEqualTo("ALREADY_CHECKED_IN");
        assertThat(second.jsonPath().getString("checkedIn.device")).isEqualTo("door-1");
        assertThat(second.jsonPath().getString("checkedIn.gate")).isEqualTo("Hall door-1");
        assertThat(second.jsonPath().getString("checkedIn.at")).isEqualTo(first.jsonPath().getString("checkedIn.at"));

        List<BrokerEvents.Message> events = Fixtures.events(EventTypes.PARTICIPANT_CHECKED_IN, anne.toString(), 1);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).json().path("data").path("list").asText()).isEqualTo("entry-2018-12-12");
        assertThat(events.get(0).json().path("data").path("kind").asText()).isEqualTo("ENTRY");

        french(edition);
        Response attendance = given().auth().oauth2(ORGANISER).when().get("/api/v1/checkin-lists/" + entry + "/attendance")
                .then().statusCode(200).extract().response();
        assertThat(attendance.jsonPath().getInt("expected")).isEqualTo(2);
        assertThat(attendance.jsonPath().getInt("checkedIn")).isEqualTo(1);
        assertThat(attendance.jsonPath().getInt("absent")).isEqualTo(1);
        assertThat(attendance.jsonPath().getInt("bySide.FRENCH.checkedIn")).isEqualTo(1);
        assertThat(attendance.jsonPath().getInt("bySide.CHINESE.expected")).isZero();
    }

    @Test
    void aReplayedNonceGetsTheSameAnswerOnceAndAReusedNonceWithAnotherSecretIs409() {
        String edition = Fixtures.edition(5, 5);
        String anne = printSecret(french(edition));
        String odile = printSecret(french(edition));
        UUID entry = Papers.entryList(edition);
        String nonce = Papers.nonce();

        Response first = Papers.scan(entry, anne, nonce, "door-1", false);
        Response replay = Papers.scan(entry, anne, nonce, "door-1", false);
        assertThat(replay.jsonPath().getString("result")).isEqualTo("OK");
        assertThat(replay.jsonPath().getBoolean("replay")).isTrue();
        assertThat(first.jsonPath().getBoolean("replay")).isFalse();
        assertThat(replay.jsonPath().getString("checkedIn.at")).isEqualTo(first.jsonPath().getString("checkedIn.at"));
        assertThat(checkInsAt(entry)).isEqualTo(1);

        assertProblem(Papers.scan(entry, odile, nonce, "door-1", false), 409, "nonce-reused");
        UUID gala = Papers.list(edition, """
                {"code":"gala","name":{"fr":"Dîner de gala","zh":"晚宴"},"kind":"GALA_DINNER","admits":"GALA_INVITEES"}""");
        assertProblem(Papers.scan(gala, anne, nonce, "door-1", false), 409, "nonce-reused");
        assertThat(checkInsAt(entry)).isEqualTo(1);
        assertThat(checkInsAt(gala)).isZero();
    }

    @Test
    void reprintingRotatesTheSecretSoTheOldBadgeIsRevoked() {
        String edition = Fixtures.edition(5, 5);
        UUID anne = french(edition);
        String old = printSecret(anne);
        String reprinted = printSecret(anne);
        assertThat(reprinted).isNotEqualTo(old);
        UUID entry = Papers.entryList(edition);

        assertThat(Papers.scan(entry, old, Papers.nonce(), "door-1", false).jsonPath().getString("result")).isEqualTo("REVOKED");
        assertThat(checkInsAt(entry)).isZero();
        assertThat(Papers.scan(entry, reprinted, Papers.nonce(), "door-1", false).jsonPath().getString("result")).isEqualTo("OK");
    }

    @Test
    void aForgedQrOrAnotherEditionsIsUnknownSomeoneElsewhereIsNotOnTheListAForcedScanIsRecordedAndACancelledPersonIsRevoked() {
        String edition = Fixtures.edition(5, 5);
        UUID anne = french(edition);
        String secret = printSecret(anne);
        UUID airbus = Papers.list(edition, """
                {"code":"visit-airbus","name":{"fr":"Visite Airbus","zh":"参观空客"},"kind":"FIELD_VISIT","admits":"SIGN_UPS",
                 "session":"visit-airbus"}""");
        UUID regal = Papers.list(edition, """
                {"code":"visit-regal","name":{"fr":"Visite REGAL","zh":"参观REGAL"},"kind":"FIELD_VISIT","admits":"SIGN_UPS",
                 "session":"visit-regal"}""");

        Response forged = Papers.scan(airbus, "forged-" + anne, Papers.nonce(), "bus-1", true);
        assertThat(forged.jsonPath().getString("result")).isEqualTo("UNKNOWN");
        assertThat(forged.jsonPath().getString("participant")).isNull();
        String otherEdition = printSecret(french(Fixtures.edition(5, 5)));
        assertThat(Papers.scan(airbus, otherEdition, Papers.nonce(), "bus-1", true).jsonPath().getString("result")).isEqualTo("UNKNOWN");
        assertThat(Papers.scan(airbus, secret, Papers.nonce(), "bus-1", false).jsonPath().getString("result")).isEqualTo("NOT_ON_LIST");
        assertThat(checkInsAt(airbus)).isZero();

        Response forced = given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body(Map.of("secret", secret, "nonce",
                Papers.nonce(), "device", "bus-1", "force", true, "scannedAt", "2018-12-13T11:02:00+01:00"))
                .when().post("/api/v1/checkin-lists/" + airbus + "/scans").then().statusCode(200).extract().response();
        assertThat(forced.jsonPath().getString("result")).isEqualTo("OK");
        assertThat(forced.jsonPath().getBoolean("checkedIn.forced")).isTrue();
        assertThat(OffsetDateTime.parse(forced.jsonPath().getString("checkedIn.at")))
                .isEqualTo(OffsetDateTime.parse("2018-12-13T11:02:00+01:00"));
        assertThat(given().auth().oauth2(ORGANISER).when().get("/api/v1/checkin-lists/" + airbus + "/attendance")
                .then().extract().jsonPath().getInt("forced")).isEqualTo(1);

        given().auth().oauth2(ORGANISER).when().post("/api/v1/participants/" + anne + "/cancel").then().statusCode(200);
        assertThat(Papers.scan(regal, secret, Papers.nonce(), "bus-2", false).jsonPath().getString("result")).isEqualTo("REVOKED");
        assertThat(checkInsAt(regal)).isZero();
        assertProblem(Papers.badge(anne), 409, "not-confirmed");
    }

    @Test
    void theSameBadgeScannedOnTwoDevicesAtOnceIsCheckedInOnce() throws Exception {
        String edition = Fixtures.edition(5, 5);
        String secret = printSecret(french(edition));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                UUID list = Papers.list(edition, """
                        {"code":"entry-%d","name":{"fr":"Entrée","zh":"入场"},"kind":"ENTRY","admits":"ALL_CONFIRMED"}""".formatted(round));
                // Even rounds: two devices, two nonces. Odd rounds: one device replaying its nonce while the first is in flight.
                String shared = Papers.nonce();
                boolean sameNonce = round % 2 == 1;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> scans = new ArrayList<>();
                for (int device = 0; device < 2; device++) {
                    String nonce = sameNonce ? shared : Papers.nonce();
                    String name = "door-" + device;
                    scans.add(pool.submit(() -> {
                        start.await();
                        return Papers.scan(list, secret, nonce, name, false);
                    }));
                }
                start.countDown();
                List<String> results = new ArrayList<>();
                for (Future<Response> scan : scans) {
                    Response answer = scan.get();
                    assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
                    results.add(answer.jsonPath().getString("result"));
                }
                if (sameNonce) {
                    assertThat(results).containsExactly("OK", "OK");
                } else {
                    assertThat(results).containsExactlyInAnyOrder("OK", "ALREADY_CHECKED_IN");
                }
                assertThat(checkInsAt(list)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSheetOfAllConfirmedBadgesSortedByDelegationReadsBackAndEveryQrOpensTheDoor() {
        String edition = Fixtures.edition(5, 3);
        UUID anne = french(edition);
        Map<String, UUID> chinese = Papers.push(APCAE, edition, "sichuan", List.of(member("SC-1", "Wang", "王丽霞", true),
                member("SC-2", "Chen", "陈丽霞", false), member("SC-3", "Li", "李丽霞", false), member("SC-4", "Zhao", "赵丽霞", false)));
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body("{\"marks\":[\"SPEAKER\"]}")
                .when().put("/api/v1/participants/" + chinese.get("SC-2") + "/badge/marks").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(1));
        String secretBefore = printSecret(anne);

        Response answer = given().auth().oauth2(ORGANISER).when().post("/api/v1/editions/" + edition + "/badges")
                .then().statusCode(200).extract().response();
        assertThat(answer.header("Assises-Badge-Count")).isEqualTo("4");
        byte[] sheet = answer.asByteArray();
        assertThat(PrintedDocuments.pageCount(sheet)).isEqualTo(1);
        String text = PrintedDocuments.text(sheet);
        assertThat(text).contains("王丽霞", "Lixia WANG", "陈丽霞", "李丽霞", "Anne FICTIVELLE", "VIP 贵宾", "INTERVENANT 发言人", "Chine  中国",
                "France  法国").doesNotContain("赵丽霞");
        // By delegation, French participants (outside any delegation) last; by name inside the delegation.
        assertThat(text.indexOf("陈丽霞")).isLessThan(text.indexOf("李丽霞"));
        assertThat(text.indexOf("李丽霞")).isLessThan(text.indexOf("王丽霞"));
        assertThat(text.indexOf("王丽霞")).isLessThan(text.indexOf("Anne FICTIVELLE"));

        List<String> secrets = PrintedDocuments.qrCodes(PrintedDocuments.render(sheet, 0, 150));
        assertThat(secrets).hasSize(4).doesNotHaveDuplicates().doesNotContain(secretBefore);
        UUID entry = Papers.entryList(edition);
        Set<String> who = new HashSet<>();
        for (String secret : secrets) {
            Response scan = Papers.scan(entry, secret, Papers.nonce(), "door-1", false);
            assertThat(scan.jsonPath().getString("result")).isEqualTo("OK");
            who.add(scan.jsonPath().getString("participant.familyName"));
        }
        assertThat(who).containsExactlyInAnyOrder("Fictivelle", "Wang", "Chen", "Li");
        assertThat(Papers.scan(entry, secretBefore, Papers.nonce(), "door-1", false).jsonPath().getString("result")).isEqualTo("REVOKED");

        byte[] byName = given().auth().oauth2(ORGANISER).queryParam("sort", "NAME").queryParam("layout", "A6")
                .queryParam("delegation", "sichuan").when().post("/api/v1/editions/" + edition + "/badges")
                .then().statusCode(200).extract().asByteArray();
        assertThat(PrintedDocuments.pageCount(byName)).isEqualTo(3);
    }

    @Test
    void theStandardListsAreCreatedOnceEachWithItsAudience() {
        String edition = Fixtures.edition(5, 5);
        french(edition);
        String path = "/api/v1/editions/" + edition + "/checkin-lists/standard";
        List<Map<String, Object>> lists = given().auth().oauth2(ORGANISER).when().post(path).then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(lists).extracting(l -> l.get("code")).containsExactlyInAnyOrder("entry-2018-12-11", "entry-2018-12-12",
                "entry-2018-12-13", "gala", "visit-regal", "visit-airbus");
        assertThat(given().auth().oauth2(ORGANISER).when().post(path).then().statusCode(200).extract().jsonPath().getList("$"))
                .hasSize(6);

        Map<String, Integer> expected = new java.util.HashMap<>();
        for (Map<String, Object> list : lists) {
            expected.put((String) list.get("code"), given().auth().oauth2(ORGANISER).when()
                    .get("/api/v1/checkin-lists/" + list.get("id") + "/attendance").then().statusCode(200).extract().path("expected"));
        }
        // The French participant of the fixtures dines at the gala and visits REGAL, not Airbus.
        assertThat(expected).containsEntry("entry-2018-12-12", 1).containsEntry("gala", 1).containsEntry("visit-regal", 1)
                .containsEntry("visit-airbus", 0);
    }

    @Test
    void listsAreCheckedAndLogisticsScansItsOwnShuttle() {
        String edition = Fixtures.edition(5, 5);
        UUID anne = french(edition);
        UUID odile = french(edition);
        String anneSecret = printSecret(anne);
        String odileSecret = printSecret(odile);

        Response shuttle = given().auth().oauth2(LOGISTICS).contentType(ContentType.JSON).body("""
                {"code":"shuttle-tls-1","name":{"fr":"Navette aéroport 1","zh":"机场班车1"},"kind":"SHUTTLE","admits":"NAMED",
                 "members":["%s"]}""".formatted(anne)).when().post("/api/v1/editions/" + edition + "/checkin-lists")
                .then().statusCode(201).extract().response();
        UUID list = UUID.fromString(shuttle.path("id"));
        assertThat(shuttle.header("Location")).endsWith("/api/v1/checkin-lists/" + list);
        Response onBoard = given().auth().oauth2(LOGISTICS).contentType(ContentType.JSON)
                .body(Map.of("secret", anneSecret, "nonce", Papers.nonce(), "device", "bus-1"))
                .when().post("/api/v1/checkin-lists/" + list + "/scans").then().statusCode(200).extract().response();
        assertThat(onBoard.jsonPath().getString("result")).isEqualTo("OK");
        assertThat(Papers.scan(list, odileSecret, Papers.nonce(), "bus-1", false).jsonPath().getString("result")).isEqualTo("NOT_ON_LIST");

        String gala = """
                {"code":"gala","name":{"fr":"Dîner de gala","zh":"晚宴"},"kind":"GALA_DINNER","admits":"GALA_INVITEES"}""";
        assertProblem(given().auth().oauth2(LOGISTICS).contentType(ContentType.JSON).body(gala)
                .when().post("/api/v1/editions/" + edition + "/checkin-lists").then().extract().response(), 403, "forbidden");
        Papers.list(edition, gala);
        assertProblem(given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body(gala)
                .when().post("/api/v1/editions/" + edition + "/checkin-lists").then().extract().response(), 409, "duplicate-code");
        assertProblem(given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body("""
                {"code":"visit-x","name":{"fr":"Visite","zh":"参观"},"kind":"FIELD_VISIT","admits":"SIGN_UPS","session":"visit-moon"}""")
                .when().post("/api/v1/editions/" + edition + "/checkin-lists").then().extract().response(), 400, "validation");
        assertProblem(given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body("""
                {"code":"shuttle-2","name":{"fr":"Navette","zh":"班车"},"kind":"SHUTTLE","admits":"NAMED","members":["%s"]}"""
                .formatted(UUID.randomUUID())).when().post("/api/v1/editions/" + edition + "/checkin-lists").then().extract().response(),
                400, "validation");
        assertProblem(given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body(Map.of("secret", anneSecret, "nonce", "short", "device", "bus-1"))
                .when().post("/api/v1/checkin-lists/" + list + "/scans").then().extract().response(), 400, "validation");
        assertProblem(Papers.scan(UUID.randomUUID(), anneSecret, Papers.nonce(), "bus-1", false), 404, "not-found");
        assertProblem(given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body("{\"marks\":[\"VIP\"]}")
                .when().put("/api/v1/participants/" + anne + "/badge/marks").then().extract().response(), 400, "validation");
        assertProblem(given().auth().oauth2(APCAE).when().post("/api/v1/participants/" + anne + "/badge").then().extract().response(),
                403, "forbidden");
        assertProblem(given().auth().oauth2(LOGISTICS).when().get("/api/v1/checkin-lists/" + list + "/attendance")
                .then().extract().response(), 403, "forbidden");
    }
}
