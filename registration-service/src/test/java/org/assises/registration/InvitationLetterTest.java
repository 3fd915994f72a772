package org.assises.registration;

import static io.restassured.RestAssured.given;
import static org.assises.registration.DelegationPushTest.APCAE;
import static org.assises.registration.DelegationPushTest.OTHER_APCAE;
import static org.assises.registration.DelegationPushTest.member;
import static org.assises.registration.Fixtures.ORGANISER;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.assises.contracts.EventTypes;
import org.assises.registration.repository.LetterRepository;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;
import org.assises.testsupport.PrintedDocuments;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Invitation letters through the API: both scripts and the QR read back, who may ask, verification, revocation. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class InvitationLetterTest {

    static final Pattern REFERENCE = Pattern.compile("L-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    @Inject
    LetterRepository letters;

    static Response letter(String token, UUID participant) {
        return given().auth().oauth2(token).when().post("/api/v1/participants/" + participant + "/invitation-letter")
                .then().extract().response();
    }

    static String passportOf(String member) {
        Matcher m = Pattern.compile("\"number\":\"(E\\d{8})\"").matcher(member);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static String referenceIn(String text) {
        Matcher m = REFERENCE.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group();
    }

    /** Calls the URL of a letter's QR code as a consular officer's phone would. */
    static Response verifyByUrl(String url) {
        URI uri = URI.create(url);
        return given().when().get(uri.getRawPath() + "?" + uri.getRawQuery()).then().extract().response();
    }

    @Test
    void theOwnApcaeAndOrganisersGetABilingualLetterWhoseQrVerifiesAndItsEventCarriesNoPassport() {
        String edition = Fixtures.edition(5, 5);
        Papers.letterSettings(edition);
        String wang = member("SC-1", "Wang", "王丽霞", true);
        UUID id = Papers.push(APCAE, edition, "sichuan", List.of(wang)).get("SC-1");

        Response answer = letter(APCAE, id);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/pdf");
        byte[] pdf = answer.asByteArray();
        String text = PrintedDocuments.text(pdf);
        assertThat(text).contains("LETTRE D'INVITATION", "邀请函", "WANG Lixia", "王丽霞", passportOf(wang), "Directrice des affaires étrangères",
                "Gouvernement populaire de la province fictive", "Assises de la coopération décentralisée franco-chinoise", "中法地方合作大会",
                "10 décembre 2018", "2018年12月14日", "Jeanne Fictive");
        String reference = referenceIn(text);

        List<String> qr = PrintedDocuments.qrCodes(PrintedDocuments.render(pdf, 0, 110));
        assertThat(qr).singleElement().asString().contains("reference=" + reference + "&code=");
        Response verified = verifyByUrl(qr.get(0));
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.jsonPath().getString("status")).isEqualTo("VALID");
        assertThat(verified.jsonPath().getString("nameZh")).isEqualTo("王丽霞");
        assertThat(verified.jsonPath().getString("stayFrom")).isEqualTo("2018-12-10");
        assertThat(verified.jsonPath().getString("stayTo")).isEqualTo("2018-12-14");
        assertThat(verified.asString()).doesNotContain(passportOf(wang)).doesNotContain("2026-05-01");

        // Asked again by an organiser with nothing changed: the same letter, no second issue.
        String again = PrintedDocuments.text(letter(ORGANISER, id).then().statusCode(200).extract().asByteArray());
        assertThat(referenceIn(again)).isEqualTo(reference);
        assertThat(letters.ofParticipant(id)).hasSize(1);

        List<BrokerEvents.Message> issued = Fixtures.events(EventTypes.LETTER_ISSUED, id.toString(), 1);
        assertThat(issued).hasSize(1);
        assertThat(issued.get(0).json().path("data").path("reference").asText()).isEqualTo(reference);
        assertThat(issued.get(0).json().path("data").path("delegationId").asText()).isEqualTo("sichuan");
        assertThat(issued.get(0).raw()).doesNotContain(passportOf(wang)).doesNotContainIgnoringCase("passport");
    }

    @Test
    void anotherApcaeAccountsMemberAndAnUnknownParticipantAre404() {
        String edition = Fixtures.edition(5, 5);
        Papers.letterSettings(edition);
        UUID id = Papers.push(APCAE, edition, "sichuan", List.of(member("SC-1", "Wang", "王丽霞", false))).get("SC-1");

        assertProblem(letter(OTHER_APCAE, id), 404, "not-found");
        assertProblem(letter(APCAE, UUID.randomUUID()), 404, "not-found");
        assertProblem(given().auth().oauth2(OTHER_APCAE).when()
                .post("/api/v1/editions/" + edition + "/delegations/sichuan/invitation-letters").then().extract().response(), 404, "not-found");
        assertThat(letters.ofParticipant(id)).isEmpty();
    }

    @Test
    void aWaitlistedPersonOrOneWithoutPassportDataGets409AndNoLetter() {
        String edition = Fixtures.edition(5, 1);
        Papers.letterSettings(edition);
        Map<String, UUID> ids = Papers.push(APCAE, edition, "sichuan", List.of(Papers.withoutPassport(member("SC-1", "Li", "李丽霞", false)),
                member("SC-2", "Zhao", "赵丽霞", false)));

        assertThat(assertProblem(letter(APCAE, ids.get("SC-1")), 409, "passport-missing").jsonPath().getString("detail"))
                .contains("passport");
        assertProblem(letter(ORGANISER, ids.get("SC-2")), 409, "not-confirmed");
        assertThat(letters.ofParticipant(ids.get("SC-1"))).isEmpty();
        assertThat(letters.ofParticipant(ids.get("SC-2"))).isEmpty();
    }

    @Test
    void aWholeDelegationIsOnePdfAndTheMembersLeftOutAreNamed() {
        String edition = Fixtures.edition(5, 3);
        Papers.letterSettings(edition);
        Papers.push(APCAE, edition, "sichuan", List.of(member("SC-1", "Wang", "王丽霞", true), member("SC-2", "Chen", "陈丽霞", false),
                Papers.withoutPassport(member("SC-3", "Li", "李丽霞", false)), member("SC-4", "Zhao", "赵丽霞", false)));

        Response answer = given().auth().oauth2(APCAE).when()
                .post("/api/v1/editions/" + edition + "/delegations/sichuan/invitation-letters").then().statusCode(200).extract().response();
        byte[] pdf = answer.asByteArray();
        assertThat(PrintedDocuments.pageCount(pdf)).isEqualTo(2);
        String text = PrintedDocuments.text(pdf);
        assertThat(text.indexOf("陈丽霞")).isPositive().isLessThan(text.indexOf("王丽霞"));
        assertThat(text).doesNotContain("李丽霞").doesNotContain("赵丽霞");
        assertThat(answer.header("Assises-Skipped-Members")).contains("SC-3: passport").contains("SC-4: the registration is WAITLISTED");
        assertThat(PrintedDocuments.qrCodes(PrintedDocuments.render(pdf, 1, 110))).hasSize(1);
    }

    @Test
    void aWrongCodeAndAnUnknownReferenceGetTheSame404AndAMalformedOneA400() {
        String edition = Fixtures.edition(5, 5);
        Papers.letterSettings(edition);
        UUID id = Papers.push(APCAE, edition, "sichuan", List.of(member("SC-1", "Wang", "王丽霞", false))).get("SC-1");
        String reference = referenceIn(PrintedDocuments.text(letter(APCAE, id).asByteArray()));

        Response wrongCode = given().queryParam("reference", reference).queryParam("code", "00000-00000")
                .when().get("/api/v1/invitation-letters/verification").then().extract().response();
        Response unknown = given().queryParam("reference", "L-0000-0000-0000").queryParam("code", "00000-00000")
                .when().get("/api/v1/invitation-letters/verification").then().extract().response();
        assertProblem(wrongCode, 404, "not-found");
        assertProblem(unknown, 404, "not-found");
        assertThat(wrongCode.jsonPath().getString("detail")).isEqualTo(unknown.jsonPath().getString("detail"));
        assertThat(wrongCode.asString()).doesNotContain("Wang");

        assertProblem(given().queryParam("reference", "'; drop table").queryParam("code", "x")
                .when().get("/api/v1/invitation-letters/verification").then().extract().response(), 400, "validation");
        assertProblem(given().when().get("/api/v1/invitation-letters/verification").then().extract().response(), 400, "validation");
    }

    @Test
    void aWithdrawnMembersLetterIsRevokedAndAChangedPassportSupersedesTheLetter() {
        String edition = Fixtures.edition(5, 5);
        Papers.letterSettings(edition);
        String wang = member("SC-1", "Wang", "王丽霞", false);
        String chen = member("SC-2", "Chen", "陈丽霞", false);
        Map<String, UUID> ids = Papers.push(APCAE, edition, "sichuan", List.of(wang, chen));
        byte[] wangLetter = letter(APCAE, ids.get("SC-1")).asByteArray();
        byte[] chenLetter = letter(APCAE, ids.get("SC-2")).asByteArray();
        String wangUrl = PrintedDocuments.qrCodes(PrintedDocuments.render(wangLetter, 0, 110)).get(0);
        String chenUrl = PrintedDocuments.qrCodes(PrintedDocuments.render(chenLetter, 0, 110)).get(0);

        // Chen's passport changes; Wang leaves the delegation.
        Papers.push(APCAE, edition, "sichuan", List.of(chen.replace(passportOf(chen), "E99999999")));

        assertThat(verifyByUrl(wangUrl).jsonPath().getString("status")).isEqualTo("REVOKED");
        List<BrokerEvents.Message> revoked = Fixtures.events(EventTypes.LETTER_REVOKED, ids.get("SC-1").toString(), 1);
        assertThat(revoked.get(0).json().path("data").path("reason").asText()).isEqualTo("WITHDRAWN");
        assertProblem(letter(APCAE, ids.get("SC-1")), 409, "not-confirmed");

        assertThat(verifyByUrl(chenUrl).jsonPath().getString("status")).isEqualTo("VALID");
        byte[] newLetter = letter(APCAE, ids.get("SC-2")).asByteArray();
        assertThat(PrintedDocuments.text(newLetter)).contains("E99999999");
        assertThat(referenceIn(PrintedDocuments.text(newLetter))).isNotEqualTo(referenceIn(PrintedDocuments.text(chenLetter)));
        assertThat(verifyByUrl(chenUrl).jsonPath().getString("status")).isEqualTo("REVOKED");
        assertThat(letters.ofParticipant(ids.get("SC-2"))).hasSize(2).filteredOn(l -> l.isValid()).hasSize(1);
    }

    @Test
    void twoOrganisersAskingForTheSameLetterAtOnceGetOneLetter() throws Exception {
        String edition = Fixtures.edition(5, 5);
        Papers.letterSettings(edition);
        UUID id = Papers.push(APCAE, edition, "sichuan", List.of(member("SC-1", "Wang", "王丽霞", false))).get("SC-1");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return letter(ORGANISER, id);
                }));
            }
            start.countDown();
            List<String> references = new ArrayList<>();
            for (Future<Response> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
                references.add(referenceIn(PrintedDocuments.text(answer.get().asByteArray())));
            }
            assertThat(references.get(0)).isEqualTo(references.get(1));
            assertThat(letters.ofParticipant(id)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutLetterSettingsTheEditionCannotIssueLetters() {
        String edition = Fixtures.edition(5, 5);
        UUID id = Papers.push(APCAE, edition, "sichuan", List.of(member("SC-1", "Wang", "王丽霞", false))).get("SC-1");
        assertProblem(letter(ORGANISER, id), 409, "letter-settings-missing");
        assertProblem(given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/letter-settings")
                .then().extract().response(), 404, "not-found");
        assertProblem(given().auth().oauth2(APCAE).when().get("/api/v1/editions/" + edition + "/letter-settings")
                .then().extract().response(), 403, "forbidden");
    }
}
