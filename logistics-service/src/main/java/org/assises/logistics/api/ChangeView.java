package org.assises.logistics.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.logistics.domain.PlanChange;

/** One thing that moved in the plans: for whom, from what to what, and why. */
public record ChangeView(long id, OffsetDateTime at, UUID participantId, PlanChange.What what,
        @Schema(nullable = true, description = "null when there was nothing") String before,
        @Schema(nullable = true, description = "null when there is nothing any more") String after,
        @Schema(description = "The change that caused it, e.g. an event type and the participant") String cause) {

    static ChangeView from(PlanChange c) {
        return new ChangeView(c.id, c.at, c.participantId, c.what, c.before, c.after, c.cause);
    }
}
