package org.assises.awards.domain;

/** A deliberation's decision on one application. */
public enum Outcome {
    LAUREATE,
    MENTION,
    NOT_SELECTED;

    /** The application status this decision leads to when the deliberation closes. */
    public ApplicationStatus status() {
        return switch (this) {
            case LAUREATE -> ApplicationStatus.LAUREATE;
            case MENTION -> ApplicationStatus.MENTION;
            case NOT_SELECTED -> ApplicationStatus.NOT_SELECTED;
        };
    }
}
