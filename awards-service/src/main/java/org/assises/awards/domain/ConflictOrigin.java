package org.assises.awards.domain;

/** Who brought a conflict up. */
public enum ConflictOrigin {
    JUROR,
    ORGANISER,
    DETECTED
}
