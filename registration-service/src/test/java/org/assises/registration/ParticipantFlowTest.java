package org.assises.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.platform.security.Roles;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;
import org.assises.testsupport.DevTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class ParticipantFlowTest {

    @BeforeEach
    void theSeedEditionIsKnown() {
        Fixtures.seedEdition();
    }

    @Test
    void organiserRegistersParticipantAndConfirmedEventReachesBroker() {
        io.restassured.response.Response created = given().auth().oauth2(DevTokens.forRole(Roles.ORGANISER)).contentType(ContentType.JSON)
                .body("""
                        {"edition":"assises-2018","side":"CHINESE","familyName":"Zhang","givenName":"Mingyu",
                         "nameZh":"张明宇","organisation":"Province test de Shuiyun"}""")
                .when().post("/api/v1/participants")
                .then().statusCode(201).extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/participants/" + id);

        given().auth().oauth2(DevTokens.forRole(Roles.ORGANISER))
                .when().get("/api/v1/participants/" + id)
                .then().statusCode(200)
                .body("nameZh", org.hamcrest.Matchers.equalTo("张明宇"))
                .body("status", org.hamcrest.Matchers.equalTo("CONFIRMED"));

        List<BrokerEvents.Message> events = BrokerEvents.onTestBroker().await(Topics.REGISTRATION_PARTICIPANTS,
                BrokerEvents.event(EventTypes.PARTICIPANT_CONFIRMED, id), 1, Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        BrokerEvents.Message message = events.get(0);
        assertThat(message.key()).isEqualTo(id);
        assertThat(message.json().path("specversion").asText()).isEqualTo("1.0");
        assertThat(message.json().path("source").asText()).isEqualTo("registration-service");
        assertThat(message.json().path("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(message.json().path("data").path("nameZh").asText()).isEqualTo("张明宇");
        assertThat(message.json().path("data").path("side").asText()).isEqualTo("CHINESE");
    }

    @Test
    void unknownEditionIs400OnTheEditionField() {
        var response = org.assises.testsupport.ProblemAssertions.assertProblem(given().auth().oauth2(DevTokens.forRole(Roles.ORGANISER))
                .contentType(ContentType.JSON).body("""
                        {"edition":"assises-1999","side":"FRENCH","familyName":"Durandal","givenName":"Odile",
                         "organisation":"Commune fictive de Saint-Essai"}""")
                .when().post("/api/v1/participants").then().extract().response(), 400, "validation");
        assertThat(response.jsonPath().getString("violations[0].field")).isEqualTo("edition");
    }
}
