package org.assises.registration.events;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.assises.contracts.EventTypes;
import org.assises.contracts.InvitationLetterEvent;
import org.assises.contracts.ParticipantAssignments;
import org.assises.contracts.ParticipantEvent;
import org.assises.platform.events.CloudEvent;
import org.assises.platform.events.IdempotentConsumer;
import org.assises.registration.domain.FeedType;
import org.assises.registration.repository.AssignmentStateRepository;
import org.assises.registration.repository.AssignmentStateRepository.State;
import org.assises.registration.service.FeedService;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Builds APCAE's feed from registration's own participant and letter events (read back from its topic, so a
 * registration never waits for the feed) and from logistics' assignments, once per event id.
 */
@ApplicationScoped
public class FeedEventsConsumer {

    static final String PARTICIPANTS = "registration-feed-participants";
    static final String ASSIGNMENTS = "registration-feed-assignments";

    private final IdempotentConsumer consumer;
    private final FeedService feed;
    private final AssignmentStateRepository states;
    private final ObjectMapper mapper;
    private final Map<String, Consumer<CloudEvent>> participantHandlers;
    private final Map<String, Consumer<CloudEvent>> assignmentHandlers;

    public FeedEventsConsumer(IdempotentConsumer consumer, FeedService feed, AssignmentStateRepository states, ObjectMapper mapper) {
        this.consumer = consumer;
        this.feed = feed;
        this.states = states;
        this.mapper = mapper;
        // "registered" is always followed by "confirmed" or "waitlisted", which say the same and more.
        this.participantHandlers = Map.of(
                EventTypes.PARTICIPANT_CONFIRMED, event -> member(event, FeedType.MEMBER_CONFIRMED),
                EventTypes.PARTICIPANT_WAITLISTED, event -> member(event, FeedType.MEMBER_WAITLISTED),
                EventTypes.PARTICIPANT_PROMOTED, event -> member(event, FeedType.MEMBER_PROMOTED),
                EventTypes.PARTICIPANT_UPDATED, event -> member(event, FeedType.MEMBER_UPDATED),
                EventTypes.PARTICIPANT_CANCELLED, event -> member(event, FeedType.MEMBER_CANCELLED),
                EventTypes.PARTICIPANT_WITHDRAWN, event -> member(event, FeedType.MEMBER_WITHDRAWN),
                EventTypes.LETTER_ISSUED, event -> letter(event, FeedType.LETTER_ISSUED),
                EventTypes.LETTER_REVOKED, event -> letter(event, FeedType.LETTER_REVOKED));
        this.assignmentHandlers = Map.of(EventTypes.ASSIGNMENTS_CHANGED, this::assignments);
    }

    @Incoming("feed-participants")
    @Blocking
    public void onParticipant(String message) {
        if (concernsNoDelegation(message)) {
            return;
        }
        consumer.consume(PARTICIPANTS, message, participantHandlers);
    }

    /**
     * True for an event the feed would apply with no effect, so it is skipped without a transaction: a
     * type the feed does not follow ("registered"), or a participant event of someone outside any
     * delegation (a French self-registration), whom no APCAE account follows. A participant's delegation
     * is set when the delegation creates it and never changes, so the event says it as well as the row.
     * In a registration rush these are nearly every event, two per registration, and a transaction each
     * competed with the rush. Anything unreadable goes on to the consumer, which dead-letters it.
     */
    private boolean concernsNoDelegation(String message) {
        JsonNode event;
        try {
            event = mapper.readTree(message);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
        if (event == null || !event.path("type").isTextual() || !event.path("data").isObject()) {
            return false;
        }
        String type = event.get("type").asText();
        if (!participantHandlers.containsKey(type)) {
            return true;
        }
        JsonNode delegation = event.get("data").get("delegationId");
        return EventTypes.PARTICIPANT_ALL.contains(type) && (delegation == null || delegation.isNull());
    }

    @Incoming("feed-assignments")
    @Blocking
    public void onAssignments(String message) {
        consumer.consume(ASSIGNMENTS, message, assignmentHandlers);
    }

    private void member(CloudEvent event, FeedType type) {
        ParticipantEvent data = consumer.data(event, ParticipantEvent.class);
        feed.record(event.id(), type, data.participantId(), event.time(), FeedService.withoutEnvelope(event.data(),
                "participantId", "edition", "delegationId", "delegationOwner", "side"));
    }

    private void letter(CloudEvent event, FeedType type) {
        InvitationLetterEvent data = consumer.data(event, InvitationLetterEvent.class);
        if (data.participantId() == null) {
            return;
        }
        feed.record(event.id(), type, data.participantId(), event.time(), FeedService.withoutEnvelope(event.data(),
                "participantId", "edition", "delegationId"));
    }

    /** One entry per part that changed since logistics' previous word on the participant: hotel, pickups, shuttle seats. */
    private void assignments(CloudEvent event) {
        ParticipantAssignments data = consumer.data(event, ParticipantAssignments.class);
        if (data.participantId() == null) {
            return;
        }
        JsonNode json = event.data();
        ObjectNode hotel = mapper.createObjectNode();
        hotel.set("hotel", json.path("hotel").isMissingNode() ? mapper.nullNode() : json.get("hotel"));
        hotel.set("unplacedReason", json.path("unplacedReason").isMissingNode() ? mapper.nullNode() : json.get("unplacedReason"));
        JsonNode pickups = json.path("pickups").isArray() ? json.get("pickups") : mapper.createArrayNode();
        JsonNode shuttles = json.path("shuttleSeats").isArray() ? json.get("shuttleSeats") : mapper.createArrayNode();
        State now = new State(hotel.toString(), pickups.toString(), shuttles.toString());
        State before = states.lock(data.participantId())
                .orElse(new State(mapper.createObjectNode().<ObjectNode>set("hotel", mapper.nullNode())
                        .set("unplacedReason", mapper.nullNode()).toString(), "[]", "[]"));
        if (!sameJson(before.hotel(), now.hotel())) {
            feed.record(event.id(), FeedType.HOTEL_CHANGED, data.participantId(), event.time(), hotel);
        }
        if (!sameJson(before.pickups(), now.pickups())) {
            feed.record(event.id(), FeedType.PICKUPS_CHANGED, data.participantId(), event.time(),
                    mapper.createObjectNode().set("pickups", pickups));
        }
        if (!sameJson(before.shuttleSeats(), now.shuttleSeats())) {
            feed.record(event.id(), FeedType.SHUTTLES_CHANGED, data.participantId(), event.time(),
                    mapper.createObjectNode().set("shuttleSeats", shuttles));
        }
        states.save(data.participantId(), now);
    }

    private boolean sameJson(String a, String b) {
        try {
            return Objects.equals(mapper.readTree(a), mapper.readTree(b));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }
}
