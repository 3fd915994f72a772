package org.assises.awards.api;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.awards.domain.Outcome;

/** The jury's decision on one application, with the vote and the reason. */
public record DecisionRequest(
        @NotNull Outcome outcome,
        @Schema(nullable = true, description = "The prize won; required for LAUREATE, refused otherwise") UUID prizeId,
        @NotNull @Min(0) @Max(100) Integer votesFor,
        @NotNull @Min(0) @Max(100) Integer votesAgainst,
        @NotNull @Min(0) @Max(100) Integer abstentions,
        @NotBlank @Size(max = 2000) String reason,
        @Min(1) @Max(100) @Schema(nullable = true, description = "The rank within the prize for a LAUREATE (at most its number of "
                + "laureates), among the mentions for a MENTION; ex aequo share a rank; refused for NOT_SELECTED. The public list, "
                + "the exports and the ceremony follow it; the unranked come last") Integer rank) {
}
