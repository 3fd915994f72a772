package org.assises.programme.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;
import org.assises.platform.persistence.Bilingual;
import org.assises.programme.domain.Edition;

/** An edition as every service knows it. */
public record EditionResponse(String code, LocalizedText name, LocalDate startsOn, LocalDate endsOn, String timeZone,
        @Schema(nullable = true) LocalizedText venue, @Schema(nullable = true) String venueAddress) {

    public static EditionResponse from(Edition e) {
        return new EditionResponse(e.code, e.name.text(), e.startsOn, e.endsOn, e.timeZone, Bilingual.text(e.venue), e.venueAddress);
    }
}
