package org.assises.programme.domain;

/** Who may attend a session: everyone registered, or only those invited (the Sichuan dinner). */
public enum Audience {
    OPEN,
    INVITATION
}
