package org.assises.registration.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.assises.contracts.Side;

/**
 * The door's answer to one scan, kept word for word for a replay of its nonce. Who it is (for the
 * person at the door to compare with the face) is given for every answer except UNKNOWN; when and where
 * for OK and ALREADY_CHECKED_IN.
 */
public record ScanOutcome(
        Door.Result result,
        UUID participantId,
        String familyName,
        String givenName,
        String nameZh,
        String organisation,
        Side side,
        List<BadgeMark> marks,
        OffsetDateTime checkedInAt,
        String device,
        String gate,
        boolean forced) {
}
