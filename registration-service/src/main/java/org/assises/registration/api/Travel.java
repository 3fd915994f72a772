package org.assises.registration.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.platform.input.CheckedPerItem;

/** An arrival or departure: when, how (flight number, train) and where (airport, station). */
@CheckedPerItem
@Schema(name = "Travel")
public record Travel(
        @NotNull @Schema(example = "2018-12-10T18:35:00+01:00") OffsetDateTime at,
        @Size(max = 100) @Schema(example = "CA933") String transport,
        @Size(max = 100) @Schema(example = "Toulouse-Blagnac") String place) {

    /** The API form of a stored travel (the domain's null rule: absent when nothing is stored). */
    public static Travel from(org.assises.registration.domain.Travel stored) {
        return stored == null ? null : new Travel(stored.at, stored.transport, stored.place);
    }
}
