package org.assises.programme.domain;

/** Where an open item ("reste à définir") stands. */
public enum OpenItemStatus {
    OPEN,
    DONE,
    DROPPED
}
