package org.assises.awards.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A typed conflict of interest between a juror and an application. CONFIRMED keeps the juror from
 * reading and scoring it and takes any score they gave out of the aggregates; POTENTIAL (detected)
 * only keeps the automatic assignment away until an organiser decides.
 */
@Entity
@Table(name = "conflict")
public class ConflictOfInterest {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Column(name = "juror_id", nullable = false)
    public UUID jurorId;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConflictType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConflictStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConflictOrigin origin;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;
}
