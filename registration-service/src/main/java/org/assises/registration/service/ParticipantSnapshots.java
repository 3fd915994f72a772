package org.assises.registration.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.contracts.EventTypes;
import org.assises.platform.editions.KnownEditions;
import org.assises.registration.domain.Participant;
import org.assises.registration.events.ParticipantEvents;
import org.assises.registration.repository.EditionRepository;
import org.assises.registration.repository.ParticipantRepository;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Re-emits the current state of every participant of an edition as {@code participant.snapshot} events on
 * registration.participants, so that a consumer can rebuild its read model while registrations go on.
 */
@ApplicationScoped
public class ParticipantSnapshots {

    /** Participants per transaction: a page is read, locked FOR SHARE and written to the outbox in one short transaction. */
    static final int PAGE_SIZE = 500;

    /** The smallest UUID in PostgreSQL's order, where the keyset paging starts. */
    private static final UUID FIRST = new UUID(0, 0);

    private final EditionRepository editions;
    private final ParticipantRepository participants;
    private final ParticipantEvents events;

    public ParticipantSnapshots(EditionRepository editions, ParticipantRepository participants, ParticipantEvents events) {
        this.editions = editions;
        this.participants = participants;
        this.events = events;
    }

    /** What one re-emission wrote to the outbox. */
    public record SnapshotRun(UUID snapshotId, String edition, long participants, OffsetDateTime startedAt, OffsetDateTime finishedAt) {
    }

    /**
     * Writes one snapshot event per participant of the edition (every status) to the outbox, page by page;
     * the relay publishes them after each page's commit. A 404 for an edition registration does not know.
     */
    public SnapshotRun participantsOf(String edition) {
        KnownEditions.orNotFound(editions.findByIdOptional(edition), edition);
        UUID snapshotId = UUID.randomUUID();
        OffsetDateTime startedAt = OffsetDateTime.now();
        long total = 0;
        UUID after = FIRST;
        while (true) {
            UUID from = after;
            List<UUID> page = QuarkusTransaction.requiringNew().call(() -> emitPage(edition, from));
            total += page.size();
            if (page.size() < PAGE_SIZE) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        Log.infof("Snapshot %s of edition %s: %d participants re-emitted", snapshotId, edition, total);
        return new SnapshotRun(snapshotId, edition, total, startedAt, OffsetDateTime.now());
    }

    /** The ids of the page's participants, whose snapshots are now in the outbox. */
    private List<UUID> emitPage(String edition, UUID after) {
        List<Participant> page = participants.pageForSnapshot(edition, after, PAGE_SIZE);
        ParticipantEvents.Batch batch = events.batch();
        page.forEach(p -> batch.emit(EventTypes.PARTICIPANT_SNAPSHOT, p));
        batch.write();
        return page.stream().map(p -> p.id).toList();
    }
}
