package org.assises.awards.api;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.awards.domain.ScoreSheet;

/** A juror's score sheet with its weighted total; {@code excluded} when a confirmed conflict takes it out of the aggregates. */
public record ScoreSheetView(UUID jurorId, UUID applicationId, Map<String, Integer> scores, double weightedTotal,
        @Schema(nullable = true) String comment, @Schema(nullable = true) String commentLanguage, boolean excluded, OffsetDateTime updatedAt) {

    public static ScoreSheetView from(ScoreSheet s, double total, boolean excluded) {
        return new ScoreSheetView(s.jurorId, s.applicationId, s.scores, Math.round(total * 1000) / 1000.0, s.comment,
                s.commentLanguage, excluded, Times.paris(s.updatedAt));
    }
}
