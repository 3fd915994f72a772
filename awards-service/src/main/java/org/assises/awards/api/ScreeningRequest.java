package org.assises.awards.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.awards.domain.ApplicationStatus;

/** An organiser's screening: ELIGIBLE, or INELIGIBLE with the reason. */
public record ScreeningRequest(
        @NotNull @Schema(enumeration = {"ELIGIBLE", "INELIGIBLE"}) ApplicationStatus status,
        @Size(max = 2000) @Schema(nullable = true, description = "Required when INELIGIBLE") String reason) {
}
