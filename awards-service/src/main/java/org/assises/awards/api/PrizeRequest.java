package org.assises.awards.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.assises.contracts.Theme;
import org.assises.contracts.LocalizedText;

/** A prize to create. */
public record PrizeRequest(
        @NotNull @Valid LocalizedText name,
        @NotNull Theme theme,
        @Min(1) @Max(20) int laureates) {
}
