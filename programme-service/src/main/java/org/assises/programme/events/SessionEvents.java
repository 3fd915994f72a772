package org.assises.programme.events;

import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.contracts.EventTypes;
import org.assises.contracts.ProgrammeVersionPublished;
import org.assises.contracts.SessionEvent;
import org.assises.contracts.SessionStatus;
import org.assises.contracts.Topics;
import org.assises.platform.events.Outbox;
import org.assises.programme.domain.ProgrammeVersion;
import org.assises.programme.domain.Session;

/** Publishes the programme's events on {@code programme.sessions}, through the outbox of the caller's transaction. */
@ApplicationScoped
public class SessionEvents {

    private final Outbox outbox;

    public SessionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The event data of a session as it now stands, times in the edition's zone. */
    public static SessionEvent data(Session s, ZoneId zone) {
        return new SessionEvent(s.id, s.edition, s.code, s.kind.name(), s.title(), s.theme,
                s.status, s.startsAt.atZoneSameInstant(zone).toOffsetDateTime(),
                s.endsAt.atZoneSameInstant(zone).toOffsetDateTime(),
                s.room == null ? null : s.room.venue.id, s.room == null ? null : s.room.venue.name(),
                s.room == null ? null : s.room.venue.address, s.room == null ? null : s.room.name(),
                s.effectiveCapacity(), s.audience.name());
    }

    public void created(Session s, ZoneId zone) {
        outbox.publish(Topics.PROGRAMME_SESSIONS, EventTypes.SESSION_CREATED, s.id.toString(), data(s, zone));
    }

    /** A change that consumers see (time, room, capacity, status...); a cancellation has its own type. */
    public void changed(Session s, ZoneId zone) {
        String type = s.status == SessionStatus.CANCELLED ? EventTypes.SESSION_CANCELLED : EventTypes.SESSION_CHANGED;
        outbox.publish(Topics.PROGRAMME_SESSIONS, type, s.id.toString(), data(s, zone));
    }

    /** A cancelled session back in the programme: consumers re-open what they closed. */
    public void restored(Session s, ZoneId zone) {
        outbox.publish(Topics.PROGRAMME_SESSIONS, EventTypes.SESSION_RESTORED, s.id.toString(), data(s, zone));
    }

    /** The session's current state for a consumer rebuilding its read model; nothing happened to it. */
    public void snapshot(Session s, ZoneId zone) {
        outbox.publish(Topics.PROGRAMME_SESSIONS, EventTypes.SESSION_SNAPSHOT, s.id.toString(), data(s, zone));
    }

    /** A never-published session removed: consumers drop or close what they keep of it. */
    public void deleted(SessionEvent last) {
        outbox.publish(Topics.PROGRAMME_SESSIONS, EventTypes.SESSION_DELETED, last.sessionId().toString(), last);
    }

    public void published(ProgrammeVersion v) {
        outbox.publish(Topics.PROGRAMME_SESSIONS, EventTypes.PROGRAMME_VERSION_PUBLISHED, v.edition,
                new ProgrammeVersionPublished(v.edition, v.number, v.publishedAt, v.sessionCount));
    }
}
