package org.assises.awards.api;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.awards.domain.Aggregation;
import org.assises.contracts.LocalizedText;
import org.assises.contracts.Theme;

/** An edition's call for applications: the rulebook and the calendar (times with their offset, Europe/Paris). */
public record CallRequest(
        @NotNull @Valid LocalizedText rules,
        @NotNull @Valid LocalizedText eligibility,
        @NotEmpty @Size(max = 3) List<@NotNull Theme> themes,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid CriterionInput> criteria,
        @NotNull @Min(0) @Max(100) Integer scaleMin,
        @NotNull @Min(1) @Max(100) Integer scaleMax,
        @NotNull Aggregation aggregation,
        @NotNull @Min(2) @Max(50) @Schema(description = "Scores needed for an application to be ranked (and one per side at least)")
        Integer quorum,
        @NotNull @Min(1) @Max(20) @Schema(description = "K: jurors of each side the automatic assignment gives every application")
        Integer jurorsPerSide,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(description = "Standard deviation of the juror totals, in scale points, "
                + "above which the jurors disagree") Double disagreement,
        @NotNull @Min(2) @Max(100) @Schema(description = "Members present needed to deliberate") Integer deliberationQuorum,
        @NotNull OffsetDateTime opensAt,
        @NotNull OffsetDateTime closesAt,
        @NotNull OffsetDateTime scoringOpensAt,
        @NotNull OffsetDateTime scoringClosesAt,
        @NotNull OffsetDateTime ceremonyAt) {
}
