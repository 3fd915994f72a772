package org.assises.registration.domain;

/** What kind of participant someone is; organisers may cap some categories per edition. */
public enum Category {
    ELECTED_OFFICIAL,
    STAFF,
    DECISION_MAKER,
    EXPERT,
    RESEARCHER,
    TOURISM_PROFESSIONAL,
    BUSINESS,
    ARTIST,
    PRESS,
    OTHER
}
