package org.assises.registration.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.platform.editions.KnownEditions;
import org.assises.platform.snapshot.SnapshotRun;
import org.assises.platform.snapshot.Snapshots;
import org.assises.registration.domain.Participant;
import org.assises.registration.events.ParticipantEvents;
import org.assises.registration.repository.EditionRepository;
import org.assises.registration.repository.ParticipantRepository;

/**
 * Re-emits the current state of every participant of an edition as {@code participant.snapshot} events on
 * registration.participants, so that logistics and programme can rebuild their read models while
 * registrations go on.
 */
@ApplicationScoped
public class ParticipantSnapshots {

    private final EditionRepository editions;
    private final ParticipantRepository participants;
    private final ParticipantEvents events;

    public ParticipantSnapshots(EditionRepository editions, ParticipantRepository participants, ParticipantEvents events) {
        this.editions = editions;
        this.participants = participants;
        this.events = events;
    }

    /**
     * Writes one snapshot event per participant of the edition (every status) to the outbox, page by page;
     * the relay publishes them after each page's commit. A 404 for an edition registration does not know.
     */
    public SnapshotRun participantsOf(String edition) {
        KnownEditions.orNotFound(editions.findByIdOptional(edition), edition);
        return Snapshots.run(edition, Topics.REGISTRATION_PARTICIPANTS, EventTypes.PARTICIPANT_SNAPSHOT,
                (after, size) -> emitPage(edition, after, size));
    }

    /** The ids of the page's participants, whose snapshots are now in the outbox. */
    private List<UUID> emitPage(String edition, UUID after, int size) {
        List<Participant> page = participants.pageForSnapshot(edition, after, size);
        ParticipantEvents.Batch batch = events.batch();
        page.forEach(p -> batch.emit(EventTypes.PARTICIPANT_SNAPSHOT, p));
        batch.write();
        return page.stream().map(p -> p.id).toList();
    }
}
