package org.assises.registration.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.platform.input.CheckedPerItem;

/** Passport data for invitation letters and visas: shown to organisers only, never logged, never in an event. */
@CheckedPerItem
@Schema(name = "Passport")
public record Passport(
        @NotBlank @Pattern(regexp = Patterns.PASSPORT, message = Patterns.PASSPORT_MESSAGE) @Schema(example = "E12345678") String number,
        @NotNull @Schema(example = "2027-06-30") LocalDate expiresOn) {
}
