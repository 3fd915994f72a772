package org.assises.registration.domain;

/** Where a registration stands. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED
}
