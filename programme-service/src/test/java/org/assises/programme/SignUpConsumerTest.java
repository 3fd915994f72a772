package org.assises.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.testsupport.AssisesTestResource;
import org.assises.testsupport.BrokerEvents;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Registration's participant events, sent on the real broker, keep the sign-up counts right, once per event. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class SignUpConsumerTest {

    private final BrokerEvents broker = BrokerEvents.onTestBroker();
    private String edition;
    private Map<String, String> ids;

    @BeforeEach
    void programme() {
        edition = Fixtures.edition("signups");
        ids = Map.of(
                "workshop-tourism", Fixtures.createSession(edition, Fixtures.session("workshop-tourism", "PLENARY_WORKSHOP", null,
                        "2018-12-12T10:30:00+01:00", "2018-12-12T12:30:00+01:00")),
                "workshop-agriculture", Fixtures.createSession(edition, Fixtures.session("workshop-agriculture", "PARALLEL_WORKSHOP", null,
                        "2018-12-12T14:00:00+01:00", "2018-12-12T16:30:00+01:00")),
                "workshop-sustainable-city", Fixtures.createSession(edition, Fixtures.session("workshop-sustainable-city",
                        "PARALLEL_WORKSHOP", null, "2018-12-12T14:00:00+01:00", "2018-12-12T16:30:00+01:00")),
                "visit-regal", Fixtures.createSession(edition, Fixtures.session("visit-regal", "FIELD_VISIT", null,
                        "2018-12-13T11:00:00+01:00", "2018-12-13T16:00:00+01:00")));
    }

    @Test
    void countsFollowConfirmationChangeAndCancellation() {
        UUID participant = UUID.randomUUID();
        OffsetDateTime t = OffsetDateTime.now();
        send(UUID.randomUUID(), EventTypes.PARTICIPANT_CONFIRMED, participant, "CONFIRMED",
                List.of("workshop-tourism", "workshop-agriculture"), "visit-regal", t);
        awaitCounts(Map.of("workshop-tourism", 1, "workshop-agriculture", 1, "workshop-sustainable-city", 0, "visit-regal", 1));

        send(UUID.randomUUID(), EventTypes.PARTICIPANT_UPDATED, participant, "CONFIRMED",
                List.of("workshop-tourism", "workshop-sustainable-city"), null, t.plusSeconds(1));
        awaitCounts(Map.of("workshop-tourism", 1, "workshop-agriculture", 0, "workshop-sustainable-city", 1, "visit-regal", 0));

        send(UUID.randomUUID(), EventTypes.PARTICIPANT_CANCELLED, participant, "CANCELLED",
                List.of("workshop-tourism", "workshop-sustainable-city"), null, t.plusSeconds(2));
        awaitCounts(Map.of("workshop-tourism", 0, "workshop-agriculture", 0, "workshop-sustainable-city", 0, "visit-regal", 0));
    }

    @Test
    void waitlistedParticipantsHoldNoSeatUntilPromoted() {
        UUID participant = UUID.randomUUID();
        OffsetDateTime t = OffsetDateTime.now();
        send(UUID.randomUUID(), EventTypes.PARTICIPANT_WAITLISTED, participant, "WAITLISTED", List.of("workshop-agriculture"), null, t);
        // A marker about someone else on the same key (same partition, consumed after): once it counts, the waitlisting was handled.
        UUID marker = UUID.randomUUID();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, participant.toString(), SignUpEvents.participant(UUID.randomUUID(),
                EventTypes.PARTICIPANT_CONFIRMED, marker, edition, "CONFIRMED", List.of("workshop-tourism"), null, t));
        awaitCounts(Map.of("workshop-tourism", 1, "workshop-agriculture", 0));

        send(UUID.randomUUID(), EventTypes.PARTICIPANT_PROMOTED, participant, "CONFIRMED", List.of("workshop-agriculture"), null,
                t.plusSeconds(1));
        awaitCounts(Map.of("workshop-tourism", 1, "workshop-agriculture", 1));
    }

    @Test
    void redeliveredEventCountsOnceAndOlderEventsDoNotRollBack() {
        UUID participant = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        OffsetDateTime t = OffsetDateTime.now();
        send(eventId, EventTypes.PARTICIPANT_CONFIRMED, participant, "CONFIRMED", List.of("workshop-agriculture"), null, t);
        awaitCounts(Map.of("workshop-agriculture", 1));
        // The same event id with other choices (a second application would show), then an event older than
        // the first, then a marker on the same key: once the marker counts, the two before it were handled.
        send(eventId, EventTypes.PARTICIPANT_CONFIRMED, participant, "CONFIRMED", List.of("workshop-sustainable-city"), null, t);
        send(UUID.randomUUID(), EventTypes.PARTICIPANT_UPDATED, participant, "CONFIRMED", List.of("workshop-sustainable-city"), null,
                t.minusSeconds(60));
        UUID marker = UUID.randomUUID();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, participant.toString(), SignUpEvents.participant(UUID.randomUUID(),
                EventTypes.PARTICIPANT_CONFIRMED, marker, edition, "CONFIRMED", List.of("workshop-tourism"), null, t));
        awaitCounts(Map.of("workshop-tourism", 1));
        assertThat(counts()).containsEntry("workshop-agriculture", 1).containsEntry("workshop-sustainable-city", 0);
    }

    @Test
    void snapshotsRebuildTheCountsOnceAndNeverOverANewerChange() {
        UUID unknown = UUID.randomUUID();
        UUID changed = UUID.randomUUID();
        OffsetDateTime t = OffsetDateTime.now();
        // A participant programme never heard of (their events lost with a restored database) counts from their snapshot.
        UUID snapshotId = UUID.randomUUID();
        send(snapshotId, EventTypes.PARTICIPANT_SNAPSHOT, unknown, "CONFIRMED", List.of("workshop-agriculture"), "visit-regal", t);
        awaitCounts(Map.of("workshop-agriculture", 1, "visit-regal", 1));
        // On one key (one partition, consumed in order): the same snapshot delivered twice (with other choices, so
        // that a second application would show), a change, a snapshot older than that change, then a marker.
        String key = changed.toString();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, key, SignUpEvents.participant(snapshotId, EventTypes.PARTICIPANT_SNAPSHOT, unknown,
                edition, "CONFIRMED", List.of("workshop-sustainable-city"), null, t));
        send(UUID.randomUUID(), EventTypes.PARTICIPANT_CONFIRMED, changed, "CONFIRMED", List.of("workshop-tourism"), null, t);
        send(UUID.randomUUID(), EventTypes.PARTICIPANT_SNAPSHOT, changed, "CANCELLED", List.of("workshop-tourism"), null,
                t.minusSeconds(5));
        UUID marker = UUID.randomUUID();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, key, SignUpEvents.participant(UUID.randomUUID(),
                EventTypes.PARTICIPANT_CONFIRMED, marker, edition, "CONFIRMED", List.of("workshop-sustainable-city"), null, t));
        awaitCounts(Map.of("workshop-sustainable-city", 1));
        assertThat(counts()).containsEntry("workshop-agriculture", 1).containsEntry("visit-regal", 1).containsEntry("workshop-tourism", 1);
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopic() {
        UUID poisonKey = UUID.randomUUID();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, poisonKey.toString(), "{not a cloud event");
        UUID badData = UUID.randomUUID();
        broker.send(Topics.REGISTRATION_PARTICIPANTS, badData.toString(), """
                {"specversion":"1.0","id":"%s","source":"registration-service","type":"%s","subject":"%s",
                 "time":"2018-10-01T10:00:00+02:00","datacontenttype":"application/json","data":{"side":"MARTIAN"}}"""
                .formatted(UUID.randomUUID(), EventTypes.PARTICIPANT_CONFIRMED, badData));
        UUID participant = UUID.randomUUID();
        send(UUID.randomUUID(), EventTypes.PARTICIPANT_CONFIRMED, participant, "CONFIRMED", List.of("workshop-tourism"), null,
                OffsetDateTime.now());
        awaitCounts(Map.of("workshop-tourism", 1));
        List<BrokerEvents.Message> dead = broker.await("programme-service.dead-letter",
                m -> m.key() != null && (m.key().equals(poisonKey.toString()) || m.key().equals(badData.toString())), 2,
                Duration.ofSeconds(30));
        assertThat(dead).hasSize(2);
        assertThat(dead).allSatisfy(m -> assertThat(m.headers().get("dead-letter-reason")).isNotBlank());
    }

    private void send(UUID eventId, String type, UUID participant, String status, List<String> workshops, String visit, OffsetDateTime t) {
        broker.send(Topics.REGISTRATION_PARTICIPANTS, participant.toString(),
                SignUpEvents.participant(eventId, type, participant, edition, status, workshops, visit, t));
    }

    private void awaitCounts(Map<String, Integer> expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Integer> counts = counts();
            expected.forEach((code, count) -> assertThat(counts).as(code).containsEntry(code, count));
        });
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new java.util.HashMap<>();
        ids.forEach((code, id) -> counts.put(code, Fixtures.session(edition, id).jsonPath().getInt("signUps")));
        return counts;
    }
}
