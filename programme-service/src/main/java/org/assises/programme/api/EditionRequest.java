package org.assises.programme.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;

/** An edition's name, days, time zone and main venue: what every service learns of it. */
public record EditionRequest(
        @NotNull @Valid LocalizedText name,
        @NotNull @Schema(example = "2018-12-11") LocalDate startsOn,
        @NotNull @Schema(example = "2018-12-13") LocalDate endsOn,
        @Size(max = 60) @Schema(description = "IANA time zone; Europe/Paris when absent", example = "Europe/Paris") String timeZone,
        @Valid @Schema(description = "The main venue's name; absent until known") LocalizedText venue,
        @Size(max = 300) @Schema(description = "The main venue's postal address", example = "22 boulevard du Maréchal Juin, 31400 Toulouse")
        String venueAddress) {
}
