package org.assises.awards;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assises.awards.Fixtures.ORGANISER;
import static org.assises.awards.Fixtures.T;
import static org.assises.testsupport.ProblemAssertions.assertProblem;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.assises.testsupport.AssisesTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Laureates come by prize, then by the rank the deliberation gave, never in the order the decisions were
 * taken: in the organisers' list, the CSV for the diplomas and the public list at the ceremony.
 */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class LaureateOrderTest {

    @Inject
    TestClock clock;

    @Test
    void laureatesAreListedByPrizeThenRankWhateverTheOrderOfTheDecisions() {
        String edition = Fixtures.edition();
        String base = "/api/v1/editions/" + edition;
        clock.set(T.plusDays(1));
        Fixtures.setCall(edition, Fixtures.callBody(2, 1, "MEDIAN", 2));
        String tourism = Fixtures.prize(edition, "tourism", "TOURISM", 3);
        String city = Fixtures.prize(edition, "city", "SUSTAINABLE_CITY", 1);
        String t1 = apply(edition, "TOURISM", "Commune fictive de Zéphyrac", "泽菲拉克市");
        String t2 = apply(edition, "TOURISM", "Commune fictive d'Aubeval", "欧贝瓦尔市");
        String t3 = apply(edition, "TOURISM", "Commune fictive de Merlande", "梅朗德市");
        String m1 = apply(edition, "TOURISM", "Commune fictive de Vordes", "沃尔德市");
        String m2 = apply(edition, "TOURISM", "Commune fictive de Brissac-le-Vieux", "布里萨克市");
        String c1 = apply(edition, "SUSTAINABLE_CITY", "Commune fictive de Lunel-Haut", "吕内尔市");
        String french = Fixtures.juror(edition, "FRENCH");
        String chinese = Fixtures.juror(edition, "CHINESE");
        for (String application : List.of(t1, t2, t3, m1, m2, c1)) {
            Fixtures.screen(edition, application, "ELIGIBLE", null);
            Fixtures.assign(edition, french, application);
        }
        clock.set(T.plusDays(21));
        given().auth().oauth2(ORGANISER).contentType(ContentType.JSON)
                .body("{\"heldAt\":\"%s\",\"present\":[\"%s\",\"%s\"]}".formatted(T.plusDays(21), french, chinese))
                .when().post(base + "/deliberation").then().statusCode(201);

        // Decided in an order that is neither the rank nor the alphabet.
        Fixtures.decide(edition, t3, "LAUREATE", tourism, 2, 3).then().statusCode(200);
        Fixtures.decide(edition, m2, "MENTION", null, 2, 2).then().statusCode(200);
        Fixtures.decide(edition, c1, "LAUREATE", city, 2, 1).then().statusCode(200);
        Fixtures.decide(edition, t1, "LAUREATE", tourism, 2, 1).then().statusCode(200);
        Fixtures.decide(edition, m1, "MENTION", null, 2, 1).then().statusCode(200);
        // A rank beyond the prize's places, a rank for a refusal, a rank 0: 400, nothing written.
        assertProblem(Fixtures.decide(edition, t2, "LAUREATE", tourism, 2, 4), 400, "validation");
        assertProblem(Fixtures.decide(edition, t2, "NOT_SELECTED", null, 2, 1), 400, "validation");
        assertProblem(Fixtures.decide(edition, t2, "LAUREATE", tourism, 2, 0), 400, "validation");
        assertThat(given().auth().oauth2(ORGANISER).when().get(base + "/deliberation").then().statusCode(200).extract().jsonPath()
                .getList("decisions.applicationId")).containsExactlyInAnyOrder(t3, m2, c1, t1, m1);
        Fixtures.decide(edition, t2, "LAUREATE", tourism, 2, 2).then().statusCode(200);
        // Taken again last, the third stays third.
        Fixtures.decide(edition, t3, "LAUREATE", tourism, 2, 3).then().statusCode(200)
                .body("decisions.find { it.applicationId == '" + t3 + "' }.rank", org.hamcrest.Matchers.equalTo(3));
        given().auth().oauth2(ORGANISER).when().post(base + "/deliberation/closing").then().statusCode(200);

        assertOrder(given().auth().oauth2(ORGANISER).when().get(base + "/laureates").then().statusCode(200).extract().jsonPath(),
                List.of(c1), List.of(t1, t2, t3), List.of(m1, m2));
        List<String> csv = Arrays.stream(given().auth().oauth2(ORGANISER).when().get(base + "/laureates.csv").then().statusCode(200)
                .extract().asString().split("\r?\n")).skip(1).map(line -> line.split(",")[0] + ":" + line.split(",")[4] + ":"
                        + line.split(",")[5]).toList();
        assertThat(csv).containsExactly("city:1:" + c1, "tourism:1:" + t1, "tourism:2:" + t2, "tourism:3:" + t3, "mention:1:" + m1,
                "mention:2:" + m2);

        clock.set(T.plusDays(30));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().when().get(base + "/results").statusCode() == 200);
        assertOrder(given().when().get(base + "/results").then().statusCode(200).extract().jsonPath(), List.of(c1), List.of(t1, t2, t3),
                List.of(m1, m2));
    }

    private static void assertOrder(JsonPath results, List<String> city, List<String> tourism, List<String> mentions) {
        assertThat(results.getList("prizes.code")).containsExactly("city", "tourism");
        assertThat(results.getList("prizes[0].laureates.applicationId")).containsExactlyElementsOf(city);
        assertThat(results.getList("prizes[1].laureates.applicationId")).containsExactlyElementsOf(tourism);
        assertThat(results.getList("prizes[1].laureates.rank")).containsExactly(1, 2, 3);
        assertThat(results.getList("mentions.applicationId")).containsExactlyElementsOf(mentions);
        assertThat(results.getList("mentions.rank")).containsExactly(1, 2);
    }

    private static String apply(String edition, String theme, String french, String frenchZh) {
        return Fixtures.submitted(edition, Fixtures.application(theme, french, frenchZh, "Occitanie", "Ville fictive de " + french.substring(17),
                "虚构县" + frenchZh, "Sichuan", "https://films.example.org/" + frenchZh.length() + french.length()))[0];
    }
}
