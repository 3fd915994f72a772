package org.assises.programme;

import static io.restassured.RestAssured.given;
import static org.assises.programme.Fixtures.ORGANISER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.assises.testsupport.AssisesTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With assises.programme.seed-editions set, as the local stack's --seed does, the 2018 programme is there at start. */
@QuarkusTest
@TestProfile(SeedAtStartupTest.Seeded.class)
@QuarkusTestResource(AssisesTestResource.class)
class SeedAtStartupTest {

    /** Starts the application with the 2018 edition to seed. */
    public static class Seeded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assises.programme.seed-editions", "assises-2018");
        }
    }

    @Test
    void referenceProgrammeIsLoadedAtStartUp() {
        List<String> codes = given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/assises-2018/sessions")
                .then().statusCode(200).extract().jsonPath().getList("code");
        assertThat(codes).hasSize(21).contains("workshop-tourism", "visit-airbus", "gala-dinner");
        // Loading again, as a restart would, changes nothing.
        given().auth().oauth2(ORGANISER).when().post("/api/v1/editions/assises-2018/reference-programme")
                .then().statusCode(200).body("loaded", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void referenceProgrammeIsPublishedAsVersionOneAtStartUp() {
        given().when().get("/api/v1/editions/assises-2018/versions/latest")
                .then().statusCode(200).body("version", org.hamcrest.Matchers.equalTo(1));
    }
}
