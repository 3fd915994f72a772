package org.assises.registration.api;

/** What a push did to one member. */
public enum MemberOutcome {
    /** New (or back after a withdrawal) and holding a seat. */
    CREATED,
    /** New (or back) and in the waiting list: the Chinese quota is full. */
    WAITLISTED,
    /** Known and changed. */
    UPDATED,
    /** Known and the same as last time: nothing written, no event. */
    UNCHANGED,
    /** Missing from the list: withdrawn, their seat freed. */
    WITHDRAWN,
    /** Invalid: refused with the reasons; a member already known keeps their previous data. */
    REJECTED
}
