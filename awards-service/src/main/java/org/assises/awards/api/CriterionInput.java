package org.assises.awards.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.assises.contracts.LocalizedText;

/** A criterion of the rulebook: a stable code jurors score by, its name and its weight. */
public record CriterionInput(
        @NotNull @Pattern(regexp = "^[a-z0-9-]{2,50}$") String code,
        @NotNull @Valid LocalizedText name,
        @NotNull @DecimalMin("0.1") @DecimalMax("100") Double weight) {
}
