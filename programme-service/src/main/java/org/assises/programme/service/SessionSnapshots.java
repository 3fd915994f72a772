package org.assises.programme.service;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.platform.snapshot.SnapshotRun;
import org.assises.platform.snapshot.Snapshots;
import org.assises.programme.domain.Session;
import org.assises.programme.events.SessionEvents;
import org.assises.programme.repository.SessionRepository;

/**
 * Re-emits the current state of every session of an edition as {@code session.snapshot} events on
 * programme.sessions, so that registration can rebuild its catalogue while the programme is being edited.
 */
@ApplicationScoped
public class SessionSnapshots {

    private final EditionService editions;
    private final SessionRepository sessions;
    private final SessionEvents events;

    public SessionSnapshots(EditionService editions, SessionRepository sessions, SessionEvents events) {
        this.editions = editions;
        this.sessions = sessions;
        this.events = events;
    }

    /** One snapshot event per session of the edition (every status), page by page; a 404 for an unknown edition. */
    public SnapshotRun sessionsOf(String edition) {
        ZoneId zone = editions.require(edition).zone();
        return Snapshots.run(edition, Topics.PROGRAMME_SESSIONS, EventTypes.SESSION_SNAPSHOT, (after, size) -> emitPage(edition, zone,
                after, size));
    }

    private List<UUID> emitPage(String edition, ZoneId zone, UUID after, int size) {
        List<Session> page = sessions.pageForSnapshot(edition, after, size);
        page.forEach(s -> events.snapshot(s, zone));
        return page.stream().map(s -> s.id).toList();
    }
}
