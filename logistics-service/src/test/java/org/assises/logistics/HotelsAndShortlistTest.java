package org.assises.logistics;

import static io.restassured.RestAssured.given;
import static org.assises.logistics.Fixtures.as;
import static org.assises.logistics.Fixtures.logistics;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.assises.platform.security.Roles;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.DevTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Hotels, venues and room blocks through the API, and the shortlist against the specification with its reasons. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class HotelsAndShortlistTest {

    @Test
    void theShortlistListsEveryHotelWithEachCriterionAndItsReasonsThoseThatPassFirst() {
        String edition = Fixtures.edition();
        Fixtures.places(edition);
        Fixtures.hotel(edition, "near-cheap", "129.00", true, 43.5990, 1.4330);
        Fixtures.hotel(edition, "near-no-kettle", "110.00", false, 43.5970, 1.4350);
        Fixtures.hotel(edition, "far", "95.00", true, 43.6450, 1.3800);
        Fixtures.hotel(edition, "dear", "180.00", true, 43.5965, 1.4320);
        logistics().body(Map.of("maxPricePerNight", new java.math.BigDecimal("150.00"), "kettleRequired", true, "amenities", List.of("wifi"),
                "maxWalkingMinutes", 20)).put("/api/v1/editions/" + edition + "/hotel-specification").then().statusCode(200)
                .body("maxPricePerNight", equalTo(150.00f));

        JsonPath list = Fixtures.apcae("apcae-beijing").get("/api/v1/editions/" + edition + "/shortlist").then().statusCode(200)
                .extract().jsonPath();
        assertThat(list.getList("hotel", String.class)).hasSize(4).first().isEqualTo("near-cheap");
        assertThat(list.getList("passes", Boolean.class)).containsExactly(true, false, false, false);
        assertThat(list.getList("find { it.hotel == 'near-no-kettle' }.criteria.findAll { !it.met }.name", String.class))
                .containsExactly("kettle");
        assertThat(list.getString("find { it.hotel == 'near-no-kettle' }.criteria.find { it.name == 'kettle' }.reason.zh"))
                .isEqualTo("客房没有电热水壶");
        assertThat(list.getList("find { it.hotel == 'far' }.criteria.findAll { !it.met }.name", String.class))
                .containsExactly("walkingTime");
        assertThat(list.getString("find { it.hotel == 'far' }.criteria.find { it.name == 'walkingTime' }.reason.fr"))
                .contains("min à pied de Hôtel de Région").contains("plus de 20 min");
        assertThat(list.getString("find { it.hotel == 'dear' }.criteria.find { it.name == 'price' }.reason.fr"))
                .contains("180.00 EUR").contains("plus de 150.00 EUR");
        assertThat(list.getInt("find { it.hotel == 'near-cheap' }.distanceMetres")).isBetween(250, 400);
    }

    @Test
    void hotelsAndBlocksAreCreatedThenReplacedByCode() {
        String edition = Fixtures.edition();
        Fixtures.hotel(edition, "capitole", "120.00", true, 43.6045, 1.4440);
        logistics().get("/api/v1/editions/" + edition + "/hotels/capitole").then().statusCode(200)
                .body("roomTypes.code", equalTo(List.of("SINGLE", "TWIN")))
                .body("description.zh", equalTo("一家虚构的酒店"));
        logistics().body(Map.of("negotiatedPrice", new java.math.BigDecimal("89.50"), "nights", List.of(Map.of("night", "2018-12-11", "rooms", 20))))
                .put("/api/v1/editions/" + edition + "/hotels/capitole/room-blocks/TWIN").then().statusCode(201);
        logistics().body(Map.of("negotiatedPrice", new java.math.BigDecimal("92.00"), "nights", List.of(Map.of("night", "2018-12-11", "rooms", 25),
                        Map.of("night", "2018-12-12", "rooms", 25))))
                .put("/api/v1/editions/" + edition + "/hotels/capitole/room-blocks/TWIN").then().statusCode(200);
        logistics().get("/api/v1/editions/" + edition + "/room-blocks").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].negotiatedPrice", equalTo(92.00f)).body("[0].nights.rooms", equalTo(List.of(25, 25)));
    }

    @Test
    void badInputIsAClearProblem() {
        String edition = Fixtures.edition();
        String hotels = "/api/v1/editions/" + edition + "/hotels/";
        Map<String, Object> negative = Map.of("name", "Hôtel fictif", "address", "Toulouse", "latitude", 43.6, "longitude", 1.44,
                "stars", 3, "pricePerNight", new java.math.BigDecimal("-1.00"), "breakfastIncluded", true, "kettle", true,
                "roomTypes", List.of(Map.of("code", "TWIN", "capacity", 0)));
        var r = assertProblem(logistics().body(negative).put(hotels + "h1").then().extract().response(), 400, "validation");
        assertThat(r.jsonPath().getList("violations.field", String.class)).contains("pricePerNight").anyMatch(f -> f.contains("capacity"));

        Fixtures.hotel(edition, "h1", "100.00", true, 43.6, 1.44);
        assertProblem(logistics().body(Map.of("negotiatedPrice", new java.math.BigDecimal("90.00"), "nights", List.of(Map.of("night", "2018-12-11", "rooms", -3))))
                .put(hotels + "h1/room-blocks/TWIN").then().extract().response(), 400, "validation");
        assertProblem(logistics().body(Map.of("negotiatedPrice", new java.math.BigDecimal("90.00"), "nights", List.of(Map.of("night", "2018-12-11", "rooms", 3))))
                .put(hotels + "h1/room-blocks/SUITE").then().extract().response(), 404, "not-found");
        assertProblem(logistics().body("{\"negotiatedPrice\": \"abc\"}").put(hotels + "h1/room-blocks/TWIN").then().extract().response(),
                400, "validation");
        assertProblem(logistics().body("{\"negotiatedPrice\": 90, \"nights\": [{\"night\": \"2018-12-11\", \"rooms\": 3}], \"releaseOn\": \"x\\u0000\"}")
                .put(hotels + "h1/room-blocks/TWIN").then().extract().response(), 400, "validation");
        assertProblem(logistics().body(Map.of("maxPricePerNight", new java.math.BigDecimal("-5"))).put("/api/v1/editions/" + edition + "/hotel-specification")
                .then().extract().response(), 400, "validation");
        assertProblem(logistics().get("/api/v1/editions/no-such-edition/shortlist").then().extract().response(), 404, "not-found");
        assertProblem(logistics().get("/api/v1/editions/NOT_A_CODE/shortlist").then().extract().response(), 400, "validation");
        assertProblem(logistics().body(Map.of("from", "nowhere", "to", "h1", "durationMinutes", 10))
                .put("/api/v1/editions/" + edition + "/routes/r1").then().extract().response(), 400, "validation");
        assertProblem(logistics().body(Map.of("name", "E", "languages", List.of("zh"), "phone", "+33 6 00 00 00 00",
                        "availability", List.of(Map.of("from", "2018-12-11T10:00:00+01:00", "to", "2018-12-10T10:00:00+01:00"))))
                .put("/api/v1/editions/" + edition + "/escorts/e1").then().extract().response(), 400, "validation");
    }

    @Test
    void theBundled2018LogisticsLoadOnceWithTheirShortlist() {
        String edition = Fixtures.edition("assises-2018");
        as(Roles.ORGANISER).post("/api/v1/editions/" + edition + "/reference-logistics").then().statusCode(201)
                .body("hotels", equalTo(6)).body("escorts", equalTo(4));
        as(Roles.ORGANISER).post("/api/v1/editions/" + edition + "/reference-logistics").then().statusCode(200)
                .body("loaded", equalTo(false));
        JsonPath list = logistics().get("/api/v1/editions/" + edition + "/shortlist").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("findAll { it.passes }.hotel", String.class)).containsExactly("jardins-busca", "pont-demoiselles");
        assertThat(list.getList("criteria.flatten().reason.zh", String.class)).allSatisfy(r -> assertThat(r).isNotBlank());
        assertThat(logistics().get("/api/v1/editions/" + edition + "/routes").then().extract().jsonPath().getList("code"))
                .contains("tls-jardins-busca", "hdr-airbus");
        String other = Fixtures.edition();
        assertProblem(as(Roles.ORGANISER).post("/api/v1/editions/" + other + "/reference-logistics").then().extract().response(),
                404, "not-found");
    }

    @Test
    void rolesAreChecked() {
        String edition = Fixtures.edition();
        assertProblem(given().get("/api/v1/editions/" + edition + "/hotels").then().extract().response(), 401, "unauthenticated");
        assertProblem(Fixtures.apcae("apcae-beijing").get("/api/v1/editions/" + edition + "/hotels").then().extract().response(),
                403, "forbidden");
        assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.JURY)).get("/api/v1/editions/" + edition + "/shortlist")
                .then().extract().response(), 403, "forbidden");
        as(Roles.ORGANISER).get("/api/v1/editions/" + edition + "/hotels").then().statusCode(200);
    }
}
