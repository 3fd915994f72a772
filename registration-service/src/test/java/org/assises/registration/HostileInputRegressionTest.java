package org.assises.registration;

import static io.restassured.RestAssured.given;
import static org.assises.registration.Fixtures.ORGANISER;
import static org.assises.registration.Fixtures.email;
import static org.assises.registration.Fixtures.person;
import static org.assises.registration.Fixtures.selfRegister;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.assises.registration.repository.ParticipantRepository;
import org.assises.testsupport.AssisesTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The hostile inputs of issue #8, one by one, on registration's endpoints: each a 400 problem in the client's terms, nothing written. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class HostileInputRegressionTest {

    @Inject
    ParticipantRepository participants;

    @Test
    void nulAndControlCharactersInANameAre400NamingTheField() {
        String edition = Fixtures.edition(5, 5);
        Response nul = assertProblem(selfRegister(edition, person(email()).replace("Fictivelle", "Fic\\u0000tivelle")), 400, "validation");
        assertThat(nul.jsonPath().getList("violations.field")).containsExactly("familyName");
        assertThat(nul.asString()).doesNotContain("\u0000");
        Response escape = assertProblem(selfRegister(edition, person(email()).replace("Anne", "An\\u001b[31mne\\u0007")), 400, "validation");
        assertThat(escape.jsonPath().getList("violations.field")).containsExactly("givenName");
        assertThat(participants.count("edition", edition)).isZero();
        // A line break is fine in free text such as dietary needs.
        assertThat(selfRegister(edition, person(email()).replace("végétarienne", "végétarienne\\nsans gluten")).statusCode()).isEqualTo(201);
    }

    @Test
    void aNulInOneMemberOfAPushRejectsThatMemberAlone() {
        String edition = Fixtures.edition(5, 5);
        Response report = DelegationPushTest.push(DelegationPushTest.APCAE, edition, "SICHUAN-NUL", List.of(
                DelegationPushTest.member("SN-1", "Wang", "王丽霞", false),
                DelegationPushTest.member("SN-2", "Li\\u0000u", "刘芳", false)));
        assertThat(report.statusCode()).as(report.asString()).isEqualTo(200);
        Map<String, Map<String, Object>> members = DelegationPushTest.byPerson(report);
        assertThat(members.get("SN-1").get("outcome")).isEqualTo("CREATED");
        assertThat(members.get("SN-2").get("outcome")).isEqualTo("REJECTED");
        assertThat(report.jsonPath().getString("members.find { it.personId == 'SN-2' }.violations[0].field")).isEqualTo("members[1].familyName");
    }

    @Test
    void nulOrControlCharactersInPathOrQueryAre400() {
        assertProblem(given().auth().oauth2(ORGANISER).urlEncodingEnabled(false).when().get("/api/v1/editions/x%00y")
                .then().extract().response(), 400, "validation");
        assertProblem(given().auth().oauth2(ORGANISER).queryParam("q", "a\u0000b").when().get("/api/v1/participants")
                .then().extract().response(), 400, "validation");
        assertProblem(given().auth().oauth2(ORGANISER).queryParam("q", "a\u001bb").when().get("/api/v1/participants")
                .then().extract().response(), 400, "validation");
    }

    @Test
    void duplicateKeysAndTrailingTokensAreMalformedJson() {
        String edition = Fixtures.edition(5, 5);
        String body = person(email());
        Response duplicate = assertProblem(selfRegister(edition, body.replaceFirst("\\{", "{\"familyName\":\"Autre\",")), 400, "malformed-json");
        assertThat(duplicate.jsonPath().getString("detail")).contains("Duplicate field 'familyName'");
        assertProblem(selfRegister(edition, body + " {}"), 400, "malformed-json");
        assertThat(participants.count("edition", edition)).isZero();
    }

    @Test
    void lenientCoercionsAreRefusedInTheClientsTerms() {
        String edition = Fixtures.edition(5, 5);
        String body = person(email());
        Response number = assertProblem(selfRegister(edition, body.replace("\"Anne\"", "12345")), 400, "validation");
        assertThat(number.jsonPath().getString("violations[0].field")).isEqualTo("givenName");
        assertThat(number.jsonPath().getString("violations[0].message")).endsWith("expected a string");
        Response bool = assertProblem(selfRegister(edition, body.replace("\"galaDinner\":true", "\"galaDinner\":2")), 400, "validation");
        assertThat(bool.jsonPath().getString("violations[0].message")).endsWith("expected true or false");
        Response nullInList = assertProblem(selfRegister(edition, body.replace("[\"fr\",\"en\"]", "[null]")), 400, "validation");
        assertThat(nullInList.jsonPath().getString("violations[0].field")).startsWith("languages");
        Response date = assertProblem(selfRegister(edition, body.replace("2018-12-10T18:00:00+01:00", "le 10 décembre")), 400, "validation");
        assertThat(date.jsonPath().getString("violations[0].field")).isEqualTo("arrival.at");
        assertThat(date.jsonPath().getString("violations[0].message")).contains("ISO 8601").doesNotContain("OffsetDateTime");
        Response array = assertProblem(selfRegister(edition, "[" + body + "]"), 400, "validation");
        assertThat(array.jsonPath().getString("detail")).isEqualTo("body: expected an object").doesNotContain("org.assises");
        Response fraction = assertProblem(given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"total\":10.5,\"french\":5,\"chinese\":5}").when().put("/api/v1/editions/" + edition + "/quotas")
                .then().extract().response(), 400, "validation");
        assertThat(fraction.jsonPath().getString("violations[0].field")).isEqualTo("total");
        assertThat(fraction.jsonPath().getString("violations[0].message")).endsWith("expected an integer");
        assertProblem(given().contentType(ContentType.JSON).when().post("/api/v1/editions/" + edition + "/registrations")
                .then().extract().response(), 400, "validation");
        assertThat(participants.count("edition", edition)).isZero();
    }

    @Test
    void badPagingAndBooleanParametersAre400() {
        for (String query : List.of("page=2147483647", "page=abc", "size=abc", "size=99999999999", "page=-1", "size=0", "dietary=maybe")) {
            Response response = given().auth().oauth2(ORGANISER).when().get("/api/v1/participants?" + query).then().extract().response();
            assertThat(response.statusCode()).as(query + ": " + response.asString()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(given().auth().oauth2(ORGANISER).when().get("/api/v1/participants?dietary=true&page=0&size=10")
                .then().extract().statusCode()).isEqualTo(200);
    }

    @Test
    void aCsvWithAnUnbalancedQuoteIs400() {
        String edition = Fixtures.edition(5, 5);
        String csv = "personId,familyName,givenName\nCSV-1,\"Huang,Mingyu\nCSV-2,Liang,Wei\n";
        assertProblem(given().auth().oauth2(ORGANISER).contentType("text/csv").body(csv)
                .when().put("/api/v1/editions/" + edition + "/delegations/CSV-QUOTE?owner=apcae-beijing").then().extract().response(),
                400, "validation");
        assertThat(participants.count("edition", edition)).isZero();
    }

    @Test
    void undeclaredMethodIs405AndOverlongUrlIs414WithProblems() {
        Response method = given().auth().oauth2(ORGANISER).when().delete("/api/v1/participants").then().extract().response();
        assertProblem(method, 405, "method-not-allowed");
        Response longUrl = given().auth().oauth2(ORGANISER).when().get("/api/v1/participants?q=" + "a".repeat(10_000))
                .then().extract().response();
        assertProblem(longUrl, 414, "uri-too-long");
    }
}
