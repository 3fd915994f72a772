package org.assises.awards;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assises.testsupport.ProblemAssertions.assertProblem;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.assises.platform.security.Roles;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.DevTokens;
import org.assises.testsupport.WriteEndpointConformance;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Bad input, missing or wrong tokens on the prizes endpoint: the right problem, nothing written. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class PlatformConformanceTest extends WriteEndpointConformance {

    private static String edition;

    @Override
    protected String path() {
        if (edition == null) {
            edition = Fixtures.edition();
        }
        return "/api/v1/editions/" + edition + "/prizes";
    }

    @Override
    protected String validBody() {
        return """
                {"code":"p-%s","name":{"fr":"Prix fictif","zh":"测试奖"},"theme":"TOURISM","award":{"fr":"Diplôme","zh":"证书"},"laureates":2}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8));
    }

    @Override
    protected String writerRole() {
        return Roles.ORGANISER;
    }

    @Override
    protected String otherRole() {
        return Roles.JURY;
    }

    @Override
    protected long recordCount() {
        return given().when().get(path()).then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void outOfRangeAndUnknownValuesAre400() {
        var tooMany = assertProblem(post(DevTokens.forRole(Roles.ORGANISER), """
                {"code":"genereux","name":{"fr":"Prix trop généreux","zh":"太多奖"},"theme":"TOURISM","award":{"fr":"Diplôme","zh":"证书"},
                 "laureates":500}"""), 400, "validation");
        assertThat(tooMany.jsonPath().getList("violations.field")).containsExactly("laureates");
        var unknownTheme = assertProblem(post(DevTokens.forRole(Roles.ORGANISER), """
                {"code":"spatial","name":{"fr":"Prix spatial","zh":"太空奖"},"theme":"SPACE","award":{"fr":"Diplôme","zh":"证书"},"laureates":1}"""),
                400, "validation");
        assertThat(unknownTheme.jsonPath().getString("violations[0].field")).isEqualTo("theme");
    }

    @Test
    void sameCodeTwiceIs409() {
        String body = """
                {"code":"double","name":{"fr":"Prix de l'essai en double","zh":"双重测试奖"},"theme":null,"award":{"fr":"Diplôme","zh":"证书"},
                 "laureates":1}""";
        post(DevTokens.forRole(Roles.ORGANISER), body).then().statusCode(201);
        assertProblem(post(DevTokens.forRole(Roles.ORGANISER), body), 409, "prize-exists");
    }

    @Test
    void prizeIsReadBackInBothLanguagesAndUnknownEditionsAre404() {
        String id = post(DevTokens.forRole(Roles.ORGANISER), """
                {"code":"agri","name":{"fr":"Prix de l'innovation agricole","zh":"农业创新奖","en":"Agricultural innovation prize"},
                 "theme":"AGRICULTURE_FOOD","award":{"fr":"Objet gravé","zh":"刻字纪念品"},"laureates":3}""")
                .then().statusCode(201).extract().path("id");
        given().when().get(path() + "/" + id).then().statusCode(200)
                .body("name.zh", org.hamcrest.Matchers.equalTo("农业创新奖"))
                .body("laureates", org.hamcrest.Matchers.equalTo(3));
        assertProblem(given().when().get("/api/v1/editions/another-edition/prizes/" + id).then().extract().response(), 404, "not-found");
        assertProblem(given().when().get("/api/v1/editions/never-announced/prizes").then().extract().response(), 404, "not-found");
        assertProblem(given().when().get("/api/v1/editions/never-announced/call").then().extract().response(), 404, "not-found");
    }
}
