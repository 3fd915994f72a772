package org.assises.awards.domain;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One juror's scores on one application (criterion code to score) and their optional comment. */
@Entity
@Table(name = "score_sheet")
@IdClass(Assignment.Key.class)
public class ScoreSheet {

    @Id
    @Column(name = "juror_id")
    public UUID jurorId;

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(nullable = false)
    public String edition;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Integer> scores;

    public String comment;

    @Column(name = "comment_language")
    public String commentLanguage;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
