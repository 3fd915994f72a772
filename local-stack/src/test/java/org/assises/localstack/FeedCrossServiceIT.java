package org.assises.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assises.localstack.SharedStack.JSON;
import static org.assises.localstack.SharedStack.LOGISTICS;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import org.assises.platform.security.Roles;
import org.assises.testsupport.DevTokens;
import org.assises.testsupport.WebhookReceiver;

/**
 * APCAE's feed across the packaged services: APCAE subscribes a receiver and pushes a delegation to
 * registration-service, logistics-service plans the rooms; the members' confirmations and then their hotel
 * and nights reach the receiver signed and in order per member, and the pull feed gives the same entries.
 */
@ExtendWith(SharedStack.class)
class FeedCrossServiceIT {

    private static final String APCAE = DevTokens.token("apcae-feed-it", Duration.ofHours(1), Roles.APCAE);

    /** An edition of its own: its hotels, places and plan are this test's alone. */
    private static String edition;

    @BeforeAll
    static void prepareEdition() throws Exception {
        edition = SharedStack.newEdition("it-feed");
        logistics("/places/hotel-de-region", """
                {"kind":"VENUE","name":{"fr":"Hôtel de Région","zh":"大区议会"},"latitude":43.5962,"longitude":1.4329,"venueName":"Hôtel de Région"}""");
        logistics("/places/tls", """
                {"kind":"AIRPORT","name":{"fr":"Aéroport Toulouse-Blagnac","zh":"图卢兹-布拉尼亚克机场"},"latitude":43.6293,"longitude":1.3638}""");
        logistics("/hotels/canal", """
                {"name":"Hôtel fictif du Canal","address":"1 rue Fictive, 31000 Toulouse","latitude":43.599,"longitude":1.433,"stars":3,
                 "pricePerNight":120.00,"breakfastIncluded":true,"kettle":true,"amenities":["wifi"],
                 "roomTypes":[{"code":"SINGLE","capacity":1},{"code":"TWIN","capacity":2}],
                 "description":{"fr":"Un hôtel fictif","zh":"一家虚构的酒店"}}""");
        for (String type : List.of("SINGLE", "TWIN")) {
            logistics("/hotels/canal/room-blocks/" + type, """
                    {"negotiatedPrice":99.00,"releaseOn":"2018-11-10","nights":[{"night":"2018-12-10","rooms":20},
                     {"night":"2018-12-11","rooms":20},{"night":"2018-12-12","rooms":20},{"night":"2018-12-13","rooms":20}]}""");
        }
        logistics("/routes/tls-canal", "{\"from\":\"tls\",\"to\":\"canal\",\"durationMinutes\":25}");
        logistics("/routes/canal-hdr", "{\"from\":\"canal\",\"to\":\"hotel-de-region\",\"durationMinutes\":10}");
        logistics("/vehicles/bus-50", "{\"label\":\"Autocar 50\",\"capacity\":50,\"driver\":\"Chauffeur fictif\",\"driverPhone\":\"+33 6 00 00 00 01\"}");
    }

    @Test
    void aPushThenAHotelAssignmentReachTheReceiverSignedAndInOrder() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            HttpResponse<String> subscribed = SharedStack.send(ServiceProcess.Service.REGISTRATION, "POST", "/api/v1/feed/webhooks", APCAE,
                    "{\"url\":\"" + receiver.url() + "\"}");
            assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
            receiver.secret(JSON.readTree(subscribed.body()).path("secret").asText());

            HttpResponse<String> pushed = SharedStack.send(ServiceProcess.Service.REGISTRATION, "PUT", "/api/v1/editions/" + edition
                    + "/delegations/FEED-IT-1", APCAE, "{\"name\":\"Délégation fictive\",\"members\":[" + member("FI-1", "Zhou", "周")
                    + "," + member("FI-2", "Qian", "钱") + "]}");
            assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(200);
            SharedStack.await("both confirmations delivered", Duration.ofSeconds(60), () -> receiver.accepted().size() >= 2);

            HttpResponse<String> planned = SharedStack.send(ServiceProcess.Service.LOGISTICS, "POST", "/api/v1/editions/" + edition + "/plan", LOGISTICS, null);
            assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
            SharedStack.await("both hotels delivered", Duration.ofSeconds(90), () -> types(receiver).stream().filter("hotel.changed"::equals).count() == 2);

            assertThat(receiver.calls()).allSatisfy(d -> assertThat(d.signatureValid()).isTrue());
            for (String person : List.of("FI-1", "FI-2")) {
                List<String> ofMember = receiver.accepted().stream().filter(d -> person.equals(d.json().path("member").path("personId").asText()))
                        .map(d -> d.json().path("type").asText()).toList();
                assertThat(ofMember).first().isEqualTo("member.confirmed");
                assertThat(ofMember).contains("hotel.changed");
            }
            JsonNode hotel = receiver.accepted().stream().filter(d -> d.json().path("type").asText().equals("hotel.changed")).findFirst()
                    .orElseThrow().json().path("data").path("hotel");
            assertThat(hotel.path("hotelCode").asText()).isEqualTo("canal");
            assertThat(hotel.path("nights").size()).isPositive();

            // The pull feed gives the same entries in the same order.
            List<String> pulled = new ArrayList<>();
            HttpResponse<String> page = SharedStack.send(ServiceProcess.Service.REGISTRATION, "GET", "/api/v1/feed?limit=500", APCAE, null);
            JsonNode entries = JSON.readTree(page.body()).path("entries");
            entries.forEach(e -> pulled.add(e.path("id").asText()));
            assertThat(receiver.accepted()).extracting(d -> d.json().path("id").asText()).containsExactlyElementsOf(pulled);
            assertThat(page.body()).doesNotContainIgnoringCase("passport");
        }
    }

    private static List<String> types(WebhookReceiver receiver) {
        return receiver.accepted().stream().map(d -> d.json().path("type").asText()).toList();
    }

    private static String member(String personId, String familyName, String nameZh) {
        return """
                {"personId":"%s","familyName":"%s","givenName":"Lan","nameZh":"%s","gender":"FEMALE","dateOfBirth":"1975-03-02",
                 "passport":{"number":"E%s","expiresOn":"2027-01-01"},"organisation":"Province fictive","function":"Directrice",
                 "category":"ELECTED_OFFICIAL","vip":false,"languages":["zh"],"interpretationNeeded":true,
                 "arrival":{"at":"2018-12-10T14:05:00+01:00","transport":"CA933","place":"tls"},
                 "departure":{"at":"2018-12-13T18:00:00+01:00","transport":"CA934","place":"tls"},"hotelNeeded":true}"""
                .formatted(personId, familyName, nameZh, Integer.toString(Math.abs(personId.hashCode()) % 100000000 + 10000000));
    }

    private static void logistics(String path, String body) throws Exception {
        HttpResponse<String> response = SharedStack.send(ServiceProcess.Service.LOGISTICS, "PUT", "/api/v1/editions/" + edition + path, LOGISTICS, body);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(200, 201);
    }
}
