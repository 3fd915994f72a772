package org.assises.registration.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new edition with its quotas and, optionally, its catalogue of workshops and field visits. */
public record EditionRequest(
        @NotBlank @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) @Schema(example = "assises-2018") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Schema(example = "2018-12-11") LocalDate startsOn,
        @NotNull @Schema(example = "2018-12-13") LocalDate endsOn,
        @NotBlank @Size(max = 60) @Schema(example = "Europe/Paris") String timeZone,
        @NotBlank @Size(max = 300) String venue,
        @NotNull @Valid QuotasRequest quotas,
        @Size(max = 100) List<@NotNull @Valid CatalogueItemRequest> catalogue) {
}
