package org.assises.programme.api;

import java.time.LocalDate;

import org.assises.contracts.LocalizedText;
import org.assises.programme.domain.Edition;

/** An edition as the programme shows it. */
public record EditionResponse(String code, LocalizedText title, LocalDate startDate, LocalDate endDate, String timeZone) {

    public static EditionResponse from(Edition e) {
        return new EditionResponse(e.code, e.title(), e.startDate, e.endDate, e.timeZone);
    }
}
