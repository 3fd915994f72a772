package org.assises.awards.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.awards.domain.Aggregation;
import org.assises.contracts.LocalizedText;
import org.assises.contracts.Theme;

/** The ranking per prize for the jury meeting: aggregates, dispersion and quorum of every application. */
public record RankingView(String edition, Aggregation aggregation, int quorum, List<PrizeRanking> prizes) {

    /** One prize's ranking. */
    public record PrizeRanking(UUID prizeId, String code, LocalizedText name, @Schema(nullable = true) Theme theme, int laureates,
            List<Line> lines) {
    }

    /** One application in a prize's ranking; rank null when short of quorum. */
    public record Line(
            @Schema(nullable = true) Integer rank,
            UUID applicationId,
            LocalizedText title,
            LocalizedText frenchGovernment,
            LocalizedText chineseGovernment,
            Theme theme,
            @Schema(nullable = true, description = "null when no score counts") Double aggregate,
            @Schema(nullable = true, description = "standard deviation of the juror totals") Double dispersion,
            boolean jurorsDisagree,
            int scores,
            int frenchScores,
            int chineseScores,
            @Schema(description = "scores taken out by a confirmed conflict") int excludedScores,
            @Schema(nullable = true) String notRankedBecause) {
    }
}
