package org.assises.awards.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where an application stands, with the transitions allowed from each status. */
public enum ApplicationStatus {
    SUBMITTED,
    ELIGIBLE,
    INELIGIBLE,
    UNDER_REVIEW,
    LAUREATE,
    MENTION,
    NOT_SELECTED,
    WITHDRAWN;

    /** The statuses this one may move to. */
    public Set<ApplicationStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(ELIGIBLE, INELIGIBLE, WITHDRAWN);
            case ELIGIBLE -> EnumSet.of(INELIGIBLE, UNDER_REVIEW, WITHDRAWN);
            case INELIGIBLE -> EnumSet.of(ELIGIBLE, WITHDRAWN);
            case UNDER_REVIEW -> EnumSet.of(LAUREATE, MENTION, NOT_SELECTED);
            case LAUREATE, MENTION, NOT_SELECTED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }

    /** A decision of the jury: kept from the applicant until the results are published. */
    public boolean isDecision() {
        return this == LAUREATE || this == MENTION || this == NOT_SELECTED;
    }

    /** Judged by the jury: assigned, scored, ranked. */
    public boolean inCompetition() {
        return this == ELIGIBLE || this == UNDER_REVIEW || isDecision();
    }
}
