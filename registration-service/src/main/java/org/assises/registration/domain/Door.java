package org.assises.registration.domain;

import org.assises.contracts.ParticipantStatus;

/**
 * The door's decision for a scanned secret, before the check-in is written: unknown secret, revoked
 * badge (reprinted since, or registration ended), not on this list, or let in. A forced scan (uploaded
 * after the fact by a device that let the person in) is recorded whenever the secret names someone.
 */
public final class Door {

    /** The answers a scanning device shows. */
    public enum Result {
        OK, ALREADY_CHECKED_IN, NOT_ON_LIST, REVOKED, UNKNOWN
    }

    /** What the door decided, and whether a check-in is to be written (and if so, whether forced). */
    public record Decision(Result result, boolean admit, boolean forced) {
    }

    private Door() {
    }

    /**
     * @param secret the badge secret found for the scanned hash, or null when none matches
     * @param status the status of the participant the secret belongs to (null when the secret is unknown)
     * @param onList whether the list admits the participant
     * @param force  whether the device asks to record the check-in whatever the answer
     */
    public static Decision decide(BadgeSecret secret, ParticipantStatus status, boolean onList, boolean force) {
        if (secret == null) {
            return new Decision(Result.UNKNOWN, false, false);
        }
        Result refusal = !secret.isCurrent() || status != ParticipantStatus.CONFIRMED ? Result.REVOKED
                : onList ? null : Result.NOT_ON_LIST;
        if (refusal == null) {
            return new Decision(Result.OK, true, false);
        }
        return force ? new Decision(Result.OK, true, true) : new Decision(refusal, false, false);
    }
}
