package org.assises.awards.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;

/** One side of a cooperation partnership: a local government, named in French and Chinese characters, and where it is. */
public record LocalGovernment(
        @NotNull @Valid LocalizedText name,
        @NotBlank @Size(max = 200) @Schema(description = "Its French région, or its Chinese province") String region) {
}
