package org.assises.registration.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;
import org.assises.registration.domain.CatalogueKind;

/** A workshop or field visit of an edition's catalogue; no capacity means not limited. */
public record CatalogueItemRequest(
        @NotBlank @Pattern(regexp = Patterns.CATALOGUE_CODE, message = Patterns.CATALOGUE_CODE_MESSAGE) @Schema(example = "workshop-agriculture") String code,
        @NotNull CatalogueKind kind,
        @NotNull @Valid LocalizedText title,
        @PositiveOrZero Integer capacity) {
}
