package org.assises.contracts;

/** Which side of the conference a participant belongs to; each side has its own quota. */
public enum Side {
    /** French participants, who register themselves. */
    FRENCH,
    /** Chinese participants, registered by APCAE in delegations. */
    CHINESE
}
