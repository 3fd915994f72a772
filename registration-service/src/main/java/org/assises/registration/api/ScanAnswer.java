package org.assises.registration.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.Side;
import org.assises.registration.domain.BadgeMark;
import org.assises.registration.domain.Door;
import org.assises.registration.domain.ScanOutcome;
import org.assises.registration.service.CheckInService;

/**
 * The door's answer: OK, ALREADY_CHECKED_IN (with when and where), NOT_ON_LIST, REVOKED (an old badge,
 * or the registration ended) or UNKNOWN; who the badge belongs to, for the face at the door.
 */
public record ScanAnswer(
        Door.Result result,
        String nonce,
        @Schema(description = "True when this nonce was answered before: nothing was written again") boolean replay,
        @Schema(nullable = true, description = "Absent for UNKNOWN") Person participant,
        @Schema(nullable = true, description = "The check-in, for OK and ALREADY_CHECKED_IN") CheckedIn checkedIn) {

    /** Who the badge belongs to. */
    public record Person(UUID id, String familyName, String givenName, @Schema(nullable = true) String nameZh, String organisation,
            Side side, List<BadgeMark> marks) {
    }

    /** When and where the person was checked in at this list. */
    public record CheckedIn(OffsetDateTime at, String device, @Schema(nullable = true) String gate, boolean forced) {
    }

    static ScanAnswer from(String nonce, CheckInService.Answer answer) {
        ScanOutcome o = answer.outcome();
        Person person = o.participantId() == null ? null
                : new Person(o.participantId(), o.familyName(), o.givenName(), o.nameZh(), o.organisation(), o.side(), o.marks());
        CheckedIn checkedIn = o.checkedInAt() == null ? null : new CheckedIn(o.checkedInAt(), o.device(), o.gate(), o.forced());
        return new ScanAnswer(o.result(), nonce, answer.replay(), person, checkedIn);
    }
}
