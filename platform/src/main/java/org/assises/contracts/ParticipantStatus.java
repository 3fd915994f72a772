package org.assises.contracts;

import java.util.Set;

/** Where a participant's registration stands, with the transitions allowed from each status; carried by {@link ParticipantEvent}. */
public enum ParticipantStatus {
    /** Holds a seat of its side (and category, if capped). */
    CONFIRMED,
    /** Waits for a seat, in order of its waiting-list rank. */
    WAITLISTED,
    /** Cancelled by the participant or an organiser; the seat was freed. */
    CANCELLED,
    /** Left out of APCAE's latest delegation list; the seat was freed. */
    WITHDRAWN;

    /** True while the registration counts: it holds a seat or a place in line. */
    public boolean isActive() {
        return this == CONFIRMED || this == WAITLISTED;
    }

    public boolean canBecome(ParticipantStatus next) {
        return allowedNext().contains(next);
    }

    private Set<ParticipantStatus> allowedNext() {
        return switch (this) {
            case CONFIRMED -> Set.of(CANCELLED, WITHDRAWN);
            case WAITLISTED -> Set.of(CONFIRMED, CANCELLED, WITHDRAWN);
            // A withdrawn delegation member may come back in a later list.
            case WITHDRAWN -> Set.of(CONFIRMED, WAITLISTED);
            case CANCELLED -> Set.of();
        };
    }
}
