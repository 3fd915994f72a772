package org.assises.registration.documents;

import java.time.LocalDate;

import org.assises.contracts.LocalizedText;

/**
 * Everything printed in one invitation letter, gathered by the letter service: the only place outside
 * the organisers' views where passport data appears.
 *
 * @param civility     "Madame" or "Monsieur" (empty when unknown)
 * @param verification the URL in the QR code, which carries the reference and the check code
 */
public record LetterContent(
        LocalizedText letterhead,
        LocalizedText issuer,
        LocalizedText address,
        String signatoryName,
        LocalizedText signatoryTitle,
        LocalizedText programmeTitle,
        LocalizedText purpose,
        LocalizedText place,
        LocalizedText venue,
        LocalDate editionStarts,
        LocalDate editionEnds,
        String civility,
        String familyName,
        String givenName,
        String nameZh,
        String function,
        String organisation,
        String passportNumber,
        LocalDate passportExpiresOn,
        LocalDate stayFrom,
        LocalDate stayTo,
        String reference,
        String checkCode,
        LocalDate issuedOn,
        String verification) {

    /** The name in Latin letters as passports print it: family name in capitals first. */
    public String latinName() {
        return familyName.toUpperCase(java.util.Locale.ROOT) + " " + givenName;
    }
}
