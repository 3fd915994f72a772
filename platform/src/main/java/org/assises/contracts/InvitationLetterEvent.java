package org.assises.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The data of {@code assises.registration.letter.issued.v1} and {@code .revoked.v1}: an invitation letter
 * for a participant (keyed by the participant id). Never carries passport data.
 *
 * @param delegationId APCAE's delegation id, null outside any delegation
 * @param revokedAt    null for an issued letter
 * @param reason       why it was revoked: CANCELLED, WITHDRAWN or SUPERSEDED (null for an issued letter)
 */
public record InvitationLetterEvent(
        UUID letterId,
        String reference,
        UUID participantId,
        String edition,
        String delegationId,
        LocalDate stayFrom,
        LocalDate stayTo,
        OffsetDateTime issuedAt,
        OffsetDateTime revokedAt,
        String reason) {
}
