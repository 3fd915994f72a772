package org.assises.awards.api;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.awards.domain.ScoreChange;

/** One line of a score sheet's history: who, when, before, after. */
public record ScoreChangeView(UUID jurorId, UUID applicationId, ScoreChange.Kind kind, String changedBy, OffsetDateTime changedAt,
        @Schema(nullable = true) Map<String, Integer> before, @Schema(nullable = true) Map<String, Integer> after,
        @Schema(nullable = true) String note) {

    public static ScoreChangeView from(ScoreChange c) {
        return new ScoreChangeView(c.jurorId, c.applicationId, c.kind, c.changedBy, Times.paris(c.changedAt), c.before, c.after, c.note);
    }
}
