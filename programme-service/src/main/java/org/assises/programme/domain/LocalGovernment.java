package org.assises.programme.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;
import org.assises.contracts.Side;

/** A local government chairing a workshop, with the side of the conference it belongs to. */
public record LocalGovernment(
        @NotNull @Valid @Schema(description = "Its name, in French and Chinese") LocalizedText name,
        @NotNull @Schema(description = "FRENCH or CHINESE") Side side) {
}
