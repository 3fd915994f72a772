package org.assises.registration.domain;

/** Gender as written in a passport, needed for invitation letters and visas. */
public enum Gender {
    MALE,
    FEMALE
}
