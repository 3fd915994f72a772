package org.assises.registration.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.registration.service.LetterService;

/** What anyone holding a letter learns by verifying it: valid or revoked, the name and the dates, nothing more. */
public record LetterVerification(
        String reference,
        @Schema(enumeration = {"VALID", "REVOKED"}) String status,
        String familyName,
        String givenName,
        @Schema(nullable = true) String nameZh,
        LocalDate stayFrom,
        LocalDate stayTo,
        LocalDate issuedOn) {

    static LetterVerification from(LetterService.Verification v) {
        return new LetterVerification(v.reference(), v.valid() ? "VALID" : "REVOKED", v.familyName(), v.givenName(), v.nameZh(),
                v.stayFrom(), v.stayTo(), v.issuedOn());
    }
}
