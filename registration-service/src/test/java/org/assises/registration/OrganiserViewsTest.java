package org.assises.registration;

import static io.restassured.RestAssured.given;
import static org.assises.registration.Fixtures.ORGANISER;
import static org.assises.registration.Fixtures.email;
import static org.assises.registration.Fixtures.person;
import static org.assises.registration.Fixtures.selfRegister;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.assises.platform.security.Roles;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.DevTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Organisers search, filter, page, count and export participants; editions are theirs to create and read. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class OrganiserViewsTest {

    @Test
    void searchFiltersPagesCountsAndExports() {
        String edition = Fixtures.edition(2, 5);
        selfRegister(edition, person(email()).replace("Fictivelle", "Abadie"));
        selfRegister(edition, person(email(), "workshop-sustainable-city").replace("Fictivelle", "Bonnet")
                .replace("ELECTED_OFFICIAL", "PRESS").replace("\"végétarienne\"", "null"));
        selfRegister(edition, person(email()).replace("Fictivelle", "Carrère"));
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body("""
                {"edition":"%s","side":"CHINESE","familyName":"Zhang","givenName":"Mingyu","nameZh":"张明宇",
                 "organisation":"Ville fictive de Shuiyun","vip":true}""".formatted(edition))
                .when().post("/api/v1/participants").then().statusCode(201).body("status", equalTo("CONFIRMED"));

        given().auth().oauth2(ORGANISER).queryParam("edition", edition).queryParam("size", 2)
                .when().get("/api/v1/participants").then().statusCode(200)
                .body("total", equalTo(4)).body("items.size()", equalTo(2)).body("items[0].familyName", equalTo("Abadie"));
        given().auth().oauth2(ORGANISER).queryParam("edition", edition).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/participants").then().body("items[0].familyName", equalTo("Carrère"));
        given().auth().oauth2(ORGANISER).queryParam("edition", edition).queryParam("status", "WAITLISTED")
                .when().get("/api/v1/participants").then().body("total", equalTo(1)).body("items[0].familyName", equalTo("Carrère"))
                .body("items[0].waitlistPosition", equalTo(1));
        given().auth().oauth2(ORGANISER).queryParam("edition", edition).queryParam("workshop", "workshop-sustainable-city")
                .when().get("/api/v1/participants").then().body("total", equalTo(1)).body("items[0].familyName", equalTo("Bonnet"));
        given().auth().oauth2(ORGANISER).queryParam("edition", edition).queryParam("vip", true)
                .when().get("/api/v1/participants").then().body("total", equalTo(1)).body("items[0].nameZh", equalTo("张明宇"));
        given().auth().oauth2(ORGANISER).queryParam("edition", edition).queryParam("dietary", false).queryParam("side", "FRENCH")
                .when().get("/api/v1/participants").then().body("total", equalTo(1));
        given().auth().oauth2(ORGANISER).queryParam("edition", edition).queryParam("q", "明宇")
                .when().get("/api/v1/participants").then().body("total", equalTo(1));
        given().auth().oauth2(ORGANISER).queryParam("edition", edition).queryParam("category", "PRESS").queryParam("visit", "visit-regal")
                .when().get("/api/v1/participants").then().body("total", equalTo(1));

        given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition + "/statistics").then().statusCode(200)
                .body("bySide.FRENCH", equalTo(3)).body("bySide.CHINESE", equalTo(1))
                .body("byStatus.CONFIRMED", equalTo(3)).body("byStatus.WAITLISTED", equalTo(1))
                .body("byCategory.PRESS", equalTo(1)).body("byWorkshop.workshop-tourism", equalTo(3))
                .body("byVisit.visit-regal", equalTo(3));

        String csv = given().auth().oauth2(ORGANISER).queryParam("edition", edition).when().get("/api/v1/participants/export")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("id,edition,side,status");
        assertThat(csv).contains("Abadie", "张明宇", "workshop-tourism;workshop-agriculture").doesNotContainIgnoringCase("passport");

        assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.APCAE)).when().get("/api/v1/participants")
                .then().extract().response(), 403, "forbidden");
        assertProblem(given().auth().oauth2(ORGANISER).queryParam("status", "LOST").when().get("/api/v1/participants")
                .then().extract().response(), 400, "validation");
    }

    @Test
    void editionsComeFromProgrammeAndTheirSettingsAreSetOnceAndValidated() {
        String edition = Fixtures.edition(200, 300);
        given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + edition).then().statusCode(200)
                .body("timeZone", equalTo("Europe/Paris")).body("name.zh", equalTo("测试论坛")).body("startsOn", equalTo("2018-12-11"))
                .body("total.size", equalTo(500)).body("chinese.free", equalTo(300));
        assertProblem(given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body("""
                {"quotas":{"total":1,"french":1,"chinese":0}}""")
                .when().put("/api/v1/editions/" + edition + "/settings").then().extract().response(), 409, "settings-exist");
        // An edition programme has not announced has no settings to set.
        assertProblem(given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body("""
                {"quotas":{"total":1,"french":1,"chinese":0}}""")
                .when().put("/api/v1/editions/" + Fixtures.editionCode() + "/settings").then().extract().response(), 404, "not-found");
        String announced = Fixtures.editionCode();
        Fixtures.announce(announced);
        given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + announced).then().statusCode(200)
                .body("total", org.hamcrest.Matchers.nullValue());
        assertProblem(Fixtures.selfRegister(announced, Fixtures.person(Fixtures.email())), 409, "registration-not-open");
        var bad = assertProblem(given().auth().oauth2(ORGANISER).contentType(ContentType.JSON).body("""
                {"quotas":{"total":-1,"french":1,"chinese":0}}""")
                .when().put("/api/v1/editions/" + announced + "/settings").then().extract().response(), 400, "validation");
        assertThat(bad.jsonPath().getList("violations.field", String.class)).contains("quotas.total");
        // Announced twice (a redelivery, or programme changing it): still one edition, as programme has it now.
        Fixtures.announce(announced);
        given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + announced).then().statusCode(200)
                .body("venue.fr", equalTo("Hôtel de Région"));
        // The 2018 edition, once programme announces it, has the quotas and catalogue of its seed file.
        Fixtures.seedEdition();
        given().when().get("/api/v1/editions/assises-2018/catalogue").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.hasItems("workshop-tourism", "workshop-agriculture", "workshop-sustainable-city",
                        "visit-regal", "visit-inra", "visit-carcassonne", "visit-narbonne-cahors-compost", "visit-airbus"));
        assertProblem(given().when().get("/api/v1/editions/no-such-edition/catalogue").then().extract().response(), 404, "not-found");
    }
}
