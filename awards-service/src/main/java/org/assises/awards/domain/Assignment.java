package org.assises.awards.domain;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A juror's duty to score one application, made by hand or by the automatic assignment. */
@Entity
@Table(name = "assignment")
@IdClass(Assignment.Key.class)
public class Assignment {

    /** How an assignment came about. */
    public enum Origin {
        MANUAL,
        AUTOMATIC
    }

    @Id
    @Column(name = "juror_id")
    public UUID jurorId;

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public Origin origin;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;

    /** The composite key of a juror's record on one application (assignment, score sheet, recusal). */
    public static class Key implements Serializable {

        public UUID jurorId;

        public UUID applicationId;

        public Key() {
        }

        public Key(UUID jurorId, UUID applicationId) {
            this.jurorId = jurorId;
            this.applicationId = applicationId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(jurorId, other.jurorId) && Objects.equals(applicationId, other.applicationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jurorId, applicationId);
        }
    }
}
