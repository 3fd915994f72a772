package org.assises.awards;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assises.awards.Fixtures.ORGANISER;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.assises.awards.repository.EditionRepository;
import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** awards' copy of the editions: each event applied once, the latest state kept, bad messages set aside. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class EditionEventsConsumerTest {

    @Inject
    EditionRepository editions;

    @Test
    void theSameEventTwiceIsAppliedOnceAndAChangeIsApplied() {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 12);
        UUID first = UUID.randomUUID();
        BrokerEvents broker = BrokerEvents.onTestBroker();
        broker.send(Topics.PROGRAMME_EDITIONS, code, Fixtures.editionEvent(first, code));
        await().atMost(Duration.ofSeconds(30)).until(() -> nameOf(code) != null);
        // The same event id again, carrying another name, as a buggy redelivery would: no second effect.
        broker.send(Topics.PROGRAMME_EDITIONS, code, Fixtures.editionEvent(first, code).replace("Assises de test", "Autre nom"));
        // A marker on the same key (same partition, so read after the duplicate): once it is applied, the duplicate was seen.
        String marker = "t-" + UUID.randomUUID().toString().substring(0, 12);
        broker.send(Topics.PROGRAMME_EDITIONS, code, Fixtures.editionEvent(UUID.randomUUID(), marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> nameOf(marker) != null);
        assertThat(nameOf(code)).isEqualTo("Assises de test");
        UUID changed = UUID.randomUUID();
        broker.send(Topics.PROGRAMME_EDITIONS, code, Fixtures.editionEvent(changed, code)
                .replace(EventTypes.EDITION_CREATED, EventTypes.EDITION_CHANGED).replace("Assises de test", "Assises renommées"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "Assises renommées".equals(nameOf(code)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> editions.findById(code).timeZone)).isEqualTo("Europe/Paris");
    }

    @Test
    void anEditionEventWithoutCodeOrZoneGoesToTheDeadLetterTopic() {
        String key = "poison-" + UUID.randomUUID();
        BrokerEvents broker = BrokerEvents.onTestBroker();
        broker.send(Topics.PROGRAMME_EDITIONS, key, Fixtures.editionEvent(UUID.randomUUID(), "NOT A CODE"));
        broker.send(Topics.PROGRAMME_EDITIONS, key, "not json at all");
        assertThat(broker.await(Topics.deadLetter("awards-service"), m -> key.equals(m.key()), 2, Duration.ofSeconds(30)))
                .hasSize(2).allSatisfy(m -> assertThat(m.headers()).containsKey("dead-letter-reason"));
    }

    @Test
    void aSeedEditionGetsItsReferenceCallWhenAnnouncedAndKeepsItWhenAnnouncedAgain() {
        // assises.awards.seed-editions is assises-2018 in tests, as the local stack's --seed sets it.
        Fixtures.announce("assises-2018");
        String base = "/api/v1/editions/assises-2018";
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(ORGANISER).when().get(base + "/call").statusCode() == 200);
        given().auth().oauth2(ORGANISER).when().get(base + "/call").then().statusCode(200)
                .body("criteria.code", hasItems("innovation", "film")).body("themes", hasSize(3));
        given().when().get(base + "/prizes").then().statusCode(200).body("$", hasSize(6));
        // The organisers' own call is kept when the edition is announced again.
        Fixtures.setCall("assises-2018", Fixtures.callBody(2, 1, "MEAN", 2));
        BrokerEvents broker = BrokerEvents.onTestBroker();
        broker.send(Topics.PROGRAMME_EDITIONS, "assises-2018", Fixtures.editionEvent(UUID.randomUUID(), "assises-2018")
                .replace(EventTypes.EDITION_CREATED, EventTypes.EDITION_CHANGED));
        String marker = "t-" + UUID.randomUUID().toString().substring(0, 12);
        broker.send(Topics.PROGRAMME_EDITIONS, "assises-2018", Fixtures.editionEvent(UUID.randomUUID(), marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> nameOf(marker) != null);
        given().auth().oauth2(ORGANISER).when().get(base + "/call").then().statusCode(200).body("criteria", hasSize(3));
        // Any other edition starts without a call.
        given().auth().oauth2(ORGANISER).when().get("/api/v1/editions/" + Fixtures.edition() + "/call").then().statusCode(404);
    }

    private String nameOf(String code) {
        return QuarkusTransaction.requiringNew().call(() -> editions.findByIdOptional(code).map(e -> e.name.fr).orElse(null));
    }
}
