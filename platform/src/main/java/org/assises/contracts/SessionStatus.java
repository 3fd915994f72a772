package org.assises.contracts;

import java.util.EnumSet;
import java.util.Set;

/** How settled a session is (carried by {@link SessionEvent}); a cancelled session can be restored as a draft or tentative one. */
public enum SessionStatus {
    DRAFT,
    TENTATIVE,
    CONFIRMED,
    CANCELLED;

    /** The statuses this one may move to (staying put is always allowed). */
    public Set<SessionStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(TENTATIVE, CONFIRMED, CANCELLED);
            case TENTATIVE -> EnumSet.of(DRAFT, CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(TENTATIVE, CANCELLED);
            case CANCELLED -> EnumSet.of(DRAFT, TENTATIVE);
        };
    }

    public boolean canMoveTo(SessionStatus target) {
        return this == target || next().contains(target);
    }
}
