package org.assises.awards.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;
import org.assises.contracts.Theme;

/** A prize: on a theme, or special when the theme is null; how many laureates and what they receive. */
public record PrizeRequest(
        @NotNull @Pattern(regexp = "^[a-z0-9-]{2,50}$") String code,
        @NotNull @Valid LocalizedText name,
        @Schema(nullable = true, description = "null for a special prize open to every theme") Theme theme,
        @NotNull @Valid @Schema(description = "What is handed over: a diploma, an engraved object of Occitanie...") LocalizedText award,
        @NotNull @Min(1) @Max(20) Integer laureates) {
}
