package org.assises.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** What every service serves besides its API: readiness on the database and Kafka, metrics, its contract. */
public final class ServiceEndpoints {

    private ServiceEndpoints() {
    }

    public static void assertHealthMetricsAndContract() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(containsString("Database"), containsString("Kafka")));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("assises_outbox_published"), containsString("assises_outbox_pending"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/"));
    }
}
