package org.assises.logistics.events;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import org.assises.contracts.EditionCodes;
import org.assises.contracts.EditionEvent;
import org.assises.contracts.EventTypes;
import org.assises.contracts.SessionEvent;
import org.assises.logistics.domain.Edition;
import org.assises.logistics.domain.ProgrammeSession;
import org.assises.logistics.repository.EditionRepository;
import org.assises.logistics.repository.ProgrammeSessionRepository;
import org.assises.logistics.service.PlanningService;
import org.assises.platform.events.CloudEvent;
import org.assises.platform.events.IdempotentConsumer;
import org.assises.platform.events.PoisonMessageException;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Keeps logistics' read models of programme-service: editions (name, dates, time zone) and the
 * sessions logistics plans around (field visits, the gala dinner). A session's new time or place
 * re-plans the edition in the same transaction. Once per event.
 */
@ApplicationScoped
public class ProgrammeEventsConsumer {

    static final String EDITIONS = "logistics-editions";
    static final String SESSIONS = "logistics-sessions";

    private final IdempotentConsumer consumer;
    private final EditionRepository editions;
    private final ProgrammeSessionRepository sessions;
    private final PlanningService planning;

    public ProgrammeEventsConsumer(IdempotentConsumer consumer, EditionRepository editions, ProgrammeSessionRepository sessions,
            PlanningService planning) {
        this.consumer = consumer;
        this.editions = editions;
        this.sessions = sessions;
        this.planning = planning;
    }

    @Incoming("programme-editions")
    @Blocking
    public void onEdition(String message) {
        Consumer<CloudEvent> apply = this::edition;
        consumer.consume(EDITIONS, message, Map.of(EventTypes.EDITION_CREATED, apply, EventTypes.EDITION_CHANGED, apply));
    }

    @Incoming("programme-sessions")
    @Blocking
    public void onSession(String message) {
        Consumer<CloudEvent> apply = this::session;
        consumer.consume(SESSIONS, message, Map.of(EventTypes.SESSION_CREATED, apply, EventTypes.SESSION_CHANGED, apply,
                EventTypes.SESSION_CANCELLED, apply, EventTypes.SESSION_RESTORED, apply, EventTypes.SESSION_DELETED, this::deleted));
    }

    private void edition(CloudEvent event) {
        EditionEvent data = consumer.data(event, EditionEvent.class);
        // The record's own constraints are checked by the platform; these are between fields or need a lookup.
        if (data.endsOn().isBefore(data.startsOn()) || !zone(data.timeZone())) {
            throw new PoisonMessageException("event " + event.id() + " is not a valid edition: startsOn <= endsOn and an IANA "
                    + "time zone are required");
        }
        Edition edition = editions.findByIdOptional(data.code()).orElseGet(Edition::new);
        if (edition.updatedAt != null && event.time() != null && event.time().isBefore(edition.updatedAt)) {
            return;
        }
        edition.apply(data, event.time() == null ? OffsetDateTime.now() : event.time());
        if (!editions.isPersistent(edition)) {
            editions.persist(edition);
        }
    }

    private void session(CloudEvent event) {
        SessionEvent data = consumer.data(event, SessionEvent.class);
        if (data.sessionId() == null || !EditionCodes.isValid(data.edition()) || data.code() == null || data.kind() == null
                || data.status() == null) {
            throw new PoisonMessageException("event " + event.id() + " lacks sessionId, a valid edition, code, kind or status");
        }
        ProgrammeSession session = sessions.findByIdOptional(data.sessionId()).orElseGet(() -> {
            ProgrammeSession created = new ProgrammeSession();
            created.id = data.sessionId();
            return created;
        });
        if (session.updatedAt != null && event.time() != null && event.time().isBefore(session.updatedAt)) {
            return;
        }
        session.apply(data, event.time() == null ? OffsetDateTime.now() : event.time());
        if (!sessions.isPersistent(session)) {
            sessions.persist(session);
        }
        // Only the sessions logistics drives people to move the plan.
        if (ProgrammeSession.FIELD_VISIT.equals(data.kind()) || ProgrammeSession.GALA_DINNER.equals(data.kind())) {
            sessions.flush();
            planning.replanAfterChange(data.edition(), event.type() + " of session " + data.code());
        }
    }

    /** A session removed from the programme: its buses go with it. */
    private void deleted(CloudEvent event) {
        SessionEvent data = consumer.data(event, SessionEvent.class);
        if (data.sessionId() != null && sessions.deleteById(data.sessionId())) {
            sessions.flush();
            planning.replanAfterChange(data.edition(), event.type() + " of session " + data.code());
        }
    }

    private static boolean zone(String zone) {
        try {
            return zone != null && ZoneId.of(zone) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
