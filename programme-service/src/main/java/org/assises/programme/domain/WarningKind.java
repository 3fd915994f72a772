package org.assises.programme.domain;

/** The conflicts the programme watches for; none of them blocks editing. */
public enum WarningKind {
    /** Two sessions in one room at once. */
    ROOM_DOUBLE_BOOKED,
    /** A speaker expected in two sessions at once. */
    SPEAKER_DOUBLE_BOOKED,
    /** The talks of a session last longer than the session. */
    INTERVENTIONS_OVERFLOW,
    /** A session before the edition's first day or after its last. */
    OUTSIDE_EDITION_DAYS,
    /** More participants signed up than the session has seats. */
    OVER_CAPACITY,
    /** A workshop at the same time as a session participants must attend, or as another workshop they chose. */
    WORKSHOP_CLASH,
    /** A workshop with one co-chair named and the other side's still missing. */
    CO_CHAIRS_INCOMPLETE
}
