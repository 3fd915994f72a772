package org.assises.logistics.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.logistics.domain.ShuttlePlanner.Purpose;

/** A departure made by hand. */
public record DepartureBody(
        @NotNull @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String route,
        @NotNull @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String vehicle,
        @NotNull OffsetDateTime departsAt,
        @NotNull Purpose purpose,
        @Schema(nullable = true, description = "The field visit or gala dinner it serves") @Size(max = 100) String sessionCode) {
}
