package org.assises.registration.api;

import java.time.OffsetDateTime;

import org.assises.contracts.LocalizedText;
import org.assises.registration.domain.LetterSettings;

/** The letter settings of an edition as stored. */
public record LetterSettingsResponse(String edition, LocalizedText letterhead, LocalizedText issuer, LocalizedText address,
        String signatoryName, LocalizedText signatoryTitle, LocalizedText programmeTitle, LocalizedText purpose, LocalizedText place,
        OffsetDateTime updatedAt) {

    static LetterSettingsResponse from(LetterSettings s) {
        return new LetterSettingsResponse(s.edition, s.letterhead.text(), s.issuer.text(), s.address.text(), s.signatoryName,
                s.signatoryTitle.text(), s.programmeTitle.text(), s.purpose.text(), s.place.text(), s.updatedAt);
    }
}
