package org.assises.awards.domain;

/** A detected conflict is POTENTIAL until an organiser confirms or dismisses it; a declared one is CONFIRMED. */
public enum ConflictStatus {
    POTENTIAL,
    CONFIRMED,
    DISMISSED
}
