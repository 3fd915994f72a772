package org.assises.awards.domain;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The trace of a score sheet: each scoring, each change and each exclusion by a conflict. */
@Entity
@Table(name = "score_change")
public class ScoreChange {

    /** What happened to the sheet. */
    public enum Kind {
        SCORED,
        CHANGED,
        EXCLUDED_BY_CONFLICT
    }

    @Id
    public UUID id;

    @Column(name = "juror_id", nullable = false)
    public UUID jurorId;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_scores")
    public Map<String, Integer> before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_scores")
    public Map<String, Integer> after;

    public String note;
}
