package org.assises.programme.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import org.assises.contracts.EventTypes;
import org.assises.contracts.ParticipantEvent;
import org.assises.contracts.ParticipantStatus;
import org.assises.platform.events.CloudEvent;
import org.assises.platform.events.IdempotentConsumer;
import org.assises.programme.repository.SignUpRepository;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Keeps the sign-up counts in step with registration-service: per participant, the workshops and field
 * visit they chose while their registration counts, so a change or a cancellation moves the counts.
 */
@ApplicationScoped
public class RegistrationEventsConsumer {

    static final String CONSUMER = "programme-signups";

    private final IdempotentConsumer consumer;
    private final SignUpRepository signUps;
    private final Map<String, Consumer<CloudEvent>> handlers;

    public RegistrationEventsConsumer(IdempotentConsumer consumer, SignUpRepository signUps) {
        this.consumer = consumer;
        this.signUps = signUps;
        Consumer<CloudEvent> apply = this::apply;
        // Every participant event carries the whole current state: one handler for all of them, and for the
        // snapshots registration re-emits on demand, which rebuild the counts the same way.
        Map<String, Consumer<CloudEvent>> byType = EventTypes.PARTICIPANT_ALL.stream()
                .collect(Collectors.toMap(type -> type, type -> apply));
        byType.put(EventTypes.PARTICIPANT_SNAPSHOT, apply);
        this.handlers = Map.copyOf(byType);
    }

    @Incoming("registration-participants")
    @Blocking
    public void onMessage(String message) {
        consumer.consume(CONSUMER, message, handlers);
    }

    private void apply(CloudEvent event) {
        ParticipantEvent data = consumer.data(event, ParticipantEvent.class);
        // One participant's events arrive in order; an older event replayed after a newer one must not
        // roll the counts back.
        var last = signUps.lastEventTime(data.participantId());
        if (last.isPresent() && event.time() != null && event.time().isBefore(last.get())) {
            return;
        }
        List<String> codes = new ArrayList<>();
        // Only a confirmed participant holds a seat; a waitlisted, cancelled or withdrawn one holds none.
        if (data.status() == ParticipantStatus.CONFIRMED) {
            if (data.workshops() != null) {
                data.workshops().stream().filter(c -> c != null && !c.isBlank()).forEach(codes::add);
            }
            if (data.fieldVisit() != null && !data.fieldVisit().isBlank()) {
                codes.add(data.fieldVisit());
            }
        }
        signUps.replace(data.participantId(), data.edition(), data.status().name(), event.time(), codes);
    }
}
