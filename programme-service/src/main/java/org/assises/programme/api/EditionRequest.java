package org.assises.programme.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;

/** An edition's title and days. */
public record EditionRequest(
        @NotNull @Valid LocalizedText title,
        @NotNull @Schema(example = "2018-12-11") LocalDate startDate,
        @NotNull @Schema(example = "2018-12-13") LocalDate endDate,
        @Size(max = 60) @Schema(description = "IANA time zone; Europe/Paris when absent", example = "Europe/Paris") String timeZone) {
}
