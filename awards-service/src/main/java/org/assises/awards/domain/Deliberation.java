package org.assises.awards.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.assises.platform.problem.ProblemException;

/** The record of an edition's jury meeting: who was present, and whether its decisions are frozen. */
@Entity
@Table(name = "deliberation")
public class Deliberation {

    /** OPEN while decisions are recorded; CLOSED freezes them. */
    public enum Status {
        OPEN,
        CLOSED
    }

    @Id
    public String edition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "held_at", nullable = false)
    public OffsetDateTime heldAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<UUID> present;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    /** A 409 once the deliberation is closed: its decisions are frozen. */
    public void requireOpen() {
        if (status == Status.CLOSED) {
            throw ProblemException.conflict("deliberation-closed",
                    "The deliberation of " + edition + " was closed at " + closedAt + ": its decisions are frozen");
        }
    }
}
