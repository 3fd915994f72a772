package org.assises.awards.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.assises.contracts.Theme;
import org.assises.platform.persistence.Bilingual;
import org.assises.platform.problem.ProblemException;

/**
 * An application for the prize by a cooperation partnership: a French local government and its
 * Chinese partner, on one theme, with its short film. Opened by its management token (only the hash
 * is stored).
 */
@Entity
@Table(name = "application")
public class Application {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Theme theme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    // Component-path naming would give frenchgovernment_fr (the path is not split at capitals): named here.
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fr", column = @Column(name = "french_government_fr")),
        @AttributeOverride(name = "zh", column = @Column(name = "french_government_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "french_government_en"))})
    public Bilingual frenchGovernment;

    @Column(name = "french_region", nullable = false)
    public String frenchRegion;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fr", column = @Column(name = "chinese_government_fr")),
        @AttributeOverride(name = "zh", column = @Column(name = "chinese_government_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "chinese_government_en"))})
    public Bilingual chineseGovernment;

    @Column(name = "chinese_province", nullable = false)
    public String chineseProvince;

    @Embedded
    public Bilingual title;

    @Embedded
    public Bilingual summary;

    @Column(nullable = false)
    public String innovation;

    @Column(nullable = false)
    public String results;

    @Column(name = "film_url", nullable = false)
    public String filmUrl;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Contact> contacts;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Moves to {@code target} when the state machine allows it, else a 409. */
    public void moveTo(ApplicationStatus target, String reason, OffsetDateTime now) {
        if (!status.canMoveTo(target)) {
            throw ProblemException.conflict("invalid-transition",
                    "Application " + id + " is " + status + " and cannot become " + target + " (allowed: " + status.next() + ")");
        }
        status = target;
        statusReason = reason;
        updatedAt = now;
    }

    /** What the applicant may see of the status: the jury's decision stays UNDER_REVIEW until the results are out. */
    public ApplicationStatus statusForApplicant(boolean resultsPublished) {
        return status.isDecision() && !resultsPublished ? ApplicationStatus.UNDER_REVIEW : status;
    }
}
