package org.assises.awards.api;

import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A juror's scores on one application: one per criterion of the rulebook, on its scale, and an optional comment. */
public record ScoreRequest(
        @NotEmpty @Size(max = 20) @Schema(description = "Criterion code to score, e.g. {\"innovation\": 8, \"film\": 6}")
        Map<@NotNull @Size(max = 50) String, @NotNull Integer> scores,
        @Size(max = 4000) @Schema(nullable = true) String comment,
        @Pattern(regexp = "^(fr|zh)$") @Schema(nullable = true, description = "fr or zh; required with a comment") String commentLanguage) {
}
