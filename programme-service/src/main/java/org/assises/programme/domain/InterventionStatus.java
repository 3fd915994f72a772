package org.assises.programme.domain;

/** Whether a speaker's talk is settled; withdrawn talks stay listed but take no time. */
public enum InterventionStatus {
    TO_BE_CONFIRMED,
    CONFIRMED,
    WITHDRAWN
}
