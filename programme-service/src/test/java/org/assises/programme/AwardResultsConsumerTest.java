package org.assises.programme;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** awards-service's results, sent on the real broker, show on the award ceremony session of the published programme, once. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class AwardResultsConsumerTest {

    private final BrokerEvents broker = BrokerEvents.onTestBroker();

    @Test
    void laureatesShowOnTheCeremonySessionOfEveryPublishedVersion() {
        String edition = Fixtures.edition("laureates");
        String ceremony = published(edition);
        JsonPath before = latest(edition);
        assertThat(before.getList("sessions.laureates")).containsOnlyNulls();
        // Until the laureates are known, even a numbered version may still change once.
        assertThat(given().when().get("/api/v1/editions/" + edition + "/versions/1").then().statusCode(200).extract()
                .header("Cache-Control")).doesNotContain("immutable");

        broker.send(Topics.AWARDS_RESULTS, edition, results(UUID.randomUUID(), edition, "Commune de Valfleurie", "瓦尔弗勒里市"));

        await().atMost(Duration.ofSeconds(30)).until(() -> ceremonySession(latest(edition), ceremony).get("laureates") != null);
        for (String version : List.of("latest", "1")) {
            JsonPath programme = JsonPath.from(given().when().get("/api/v1/editions/" + edition + "/versions/" + version)
                    .then().statusCode(200).extract().asString());
            Map<String, Object> session = ceremonySession(programme, ceremony);
            JsonPath laureates = JsonPath.from(programme.prettify()).setRootPath("sessions.find { it.id == '" + ceremony + "' }.laureates");
            assertThat(laureates.getString("prizes[0].code")).isEqualTo("tourism");
            assertThat(laureates.getString("prizes[0].name.zh")).isEqualTo("旅游奖");
            assertThat(laureates.getString("prizes[0].laureates[0].frenchGovernment.fr")).isEqualTo("Commune de Valfleurie");
            assertThat(laureates.getString("prizes[0].laureates[0].frenchGovernment.zh")).isEqualTo("瓦尔弗勒里市");
            assertThat(laureates.getString("prizes[0].laureates[0].chineseGovernment.zh")).isEqualTo("青山市");
            assertThat(laureates.getString("ceremonyAt")).isEqualTo("2018-12-13T09:00:00+01:00");
            assertThat(session).containsKey("laureates");
            // Only the ceremony shows them.
            assertThat(programme.getList("sessions.findAll { it.id != '" + ceremony + "' }.laureates")).containsOnlyNulls();
        }
        assertThat(given().when().get("/api/v1/editions/" + edition + "/versions/1").then().extract().header("Cache-Control"))
                .contains("immutable");
    }

    @Test
    void theSameEventDeliveredTwiceHasNoSecondEffect() {
        String edition = Fixtures.edition("laureates-twice");
        String ceremony = published(edition);
        UUID eventId = UUID.randomUUID();
        broker.send(Topics.AWARDS_RESULTS, edition, results(eventId, edition, "Commune de Valfleurie", "瓦尔弗勒里市"));
        await().atMost(Duration.ofSeconds(30)).until(() -> ceremonySession(latest(edition), ceremony).get("laureates") != null);

        // The same event id again, with another name (a second application would show it), then a marker for another
        // edition on the same key, so on the same partition, consumed after: once the marker shows, the duplicate was handled.
        broker.send(Topics.AWARDS_RESULTS, edition, results(eventId, edition, "Commune de Doublon", "重复市"));
        String marker = Fixtures.edition("laureates-marker");
        String markerCeremony = published(marker);
        broker.send(Topics.AWARDS_RESULTS, edition, results(UUID.randomUUID(), marker, "Commune de Repère", "标记市"));
        await().atMost(Duration.ofSeconds(30)).until(() -> ceremonySession(latest(marker), markerCeremony).get("laureates") != null);

        JsonPath laureates = JsonPath.from(latest(edition).prettify())
                .setRootPath("sessions.find { it.id == '" + ceremony + "' }.laureates");
        assertThat(laureates.getList("prizes[0].laureates.frenchGovernment.fr")).containsExactly("Commune de Valfleurie");
    }

    /** Publishes a programme with a plenary and the award ceremony; the ceremony's id. */
    private static String published(String edition) {
        Fixtures.createSession(edition, Fixtures.session("opening", "OPENING", null, "2018-12-12T09:00:00+01:00",
                "2018-12-12T10:00:00+01:00"));
        String ceremony = Fixtures.createSession(edition, Fixtures.session("awards", "AWARD_CEREMONY", null,
                "2018-12-13T09:00:00+01:00", "2018-12-13T10:00:00+01:00"));
        assertThat(Fixtures.publish(edition, true).statusCode()).isEqualTo(201);
        return ceremony;
    }

    private static JsonPath latest(String edition) {
        return JsonPath.from(given().when().get("/api/v1/editions/" + edition + "/versions/latest").then().statusCode(200).extract().asString());
    }

    private static Map<String, Object> ceremonySession(JsonPath programme, String id) {
        return programme.getMap("sessions.find { it.id == '" + id + "' }");
    }

    private static String results(UUID eventId, String edition, String frenchFr, String frenchZh) {
        return """
                {"specversion":"1.0","id":"%s","source":"awards-service","type":"%s","subject":"%s",
                 "time":"2018-12-13T09:00:02+01:00","datacontenttype":"application/json",
                 "data":{"edition":"%s","ceremonyAt":"2018-12-13T09:00:00+01:00","publishedAt":"2018-12-13T09:00:02+01:00",
                   "prizes":[{"prizeId":"%s","code":"tourism","name":{"fr":"Prix du tourisme","zh":"旅游奖","en":"Tourism prize"},
                     "theme":"TOURISM","award":{"fr":"Diplôme gravé","zh":"刻字证书","en":null},
                     "laureates":[{"applicationId":"%s","theme":"TOURISM","title":{"fr":"Sentiers partagés","zh":"共享步道","en":null},
                       "frenchGovernment":{"fr":"%s","zh":"%s","en":null},"frenchRegion":"Occitanie",
                       "chineseGovernment":{"fr":"Ville de Qingshan","zh":"青山市","en":null},"chineseProvince":"Sichuan",
                       "filmUrl":"https://films.example.org/essai"}]}],
                 "mentions":[]}}"""
                .formatted(eventId, EventTypes.AWARDS_RESULTS_PUBLISHED, edition, edition, UUID.randomUUID(), UUID.randomUUID(),
                        frenchFr, frenchZh);
    }
}
