package org.assises.programme.domain;

/** What a session is: kinds organisers plan differently (workshops take sign-ups, visits take buses). */
public enum SessionKind {
    OPENING,
    PLENARY_WORKSHOP,
    PARALLEL_WORKSHOP,
    MEAL,
    GALA_DINNER,
    CULTURAL_SHOW,
    PROMOTION_SEMINAR,
    AWARD_CEREMONY,
    REPORTS_AND_CLOSING,
    FIELD_VISIT,
    EXHIBITION,
    TASTING_STAND,
    RECEPTION;

    /** Workshops are what participants sign up for and must not clash with each other. */
    public boolean isWorkshop() {
        return this == PLENARY_WORKSHOP || this == PARALLEL_WORKSHOP;
    }

    /** Side events run for days (a photo exhibition, a tasting stand) rather than for hours. */
    public boolean spansDays() {
        return this == EXHIBITION || this == TASTING_STAND;
    }
}
