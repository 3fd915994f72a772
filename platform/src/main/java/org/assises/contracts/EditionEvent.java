package org.assises.contracts;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.assises.platform.validation.EditionCode;

/**
 * The data of every {@code assises.programme.edition.*} event, on {@link Topics#PROGRAMME_EDITIONS} keyed
 * by the edition's code. programme-service owns the edition (created once there); registration, awards
 * and logistics learn it from these events and keep their own settings of it (quotas, the call, the
 * hotel specification).
 *
 * @param code     the edition's code, e.g. {@code assises-2018} ({@link EditionCodes#PATTERN})
 * @param name     the edition's bilingual name
 * @param startsOn first day, in {@code timeZone}
 * @param endsOn   last day, in {@code timeZone}
 * @param timeZone IANA zone of the event, e.g. {@code Europe/Paris}
 * @param venue    the main venue's bilingual name, null until set
 * @param venueAddress the main venue's postal address, null until set
 */
public record EditionEvent(
        @NotNull @EditionCode String code,
        @NotNull @Valid LocalizedText name,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotBlank String timeZone,
        @Valid LocalizedText venue,
        String venueAddress) {
}
