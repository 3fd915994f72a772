package org.assises.platform.snapshot;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one re-emission wrote: the events are in the outbox, the relay publishes them and the consumers apply them after. */
public record SnapshotRun(
        @Schema(description = "Names this run in the producing service's log") UUID snapshotId,
        String edition,
        @Schema(description = "Where the events go, on the same keys as the change events", example = "registration.participants")
        String topic,
        @Schema(description = "Their CloudEvent type", example = "assises.registration.participant.snapshot.v1") String type,
        @Schema(description = "How many snapshot events were written: one per aggregate of the edition") long events,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {
}
