package org.assises.registration.api;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a replay starts: after this cursor of the subscriber's feed, or from the beginning when absent. */
public record WebhookReplayRequest(
        @Size(max = 100) @Schema(description = "A cursor of the subscriber's own feed; absent: from the first entry", nullable = true) String after) {
}
