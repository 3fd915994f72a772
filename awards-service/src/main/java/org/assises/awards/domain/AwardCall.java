package org.assises.awards.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/**
 * An edition's call for applications: the rulebook (text, eligibility, scale, aggregation, quorums)
 * and the calendar (application window, scoring phase, ceremony). {@code resultsPublishedAt} is set
 * once, when the embargo ends and the results event is written.
 */
@Entity
@Table(name = "award_call")
public class AwardCall {

    @Id
    public String edition;

    @Embedded
    public Bilingual rules;

    @Embedded
    public Bilingual eligibility;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Theme> themes;

    @Column(name = "scale_min", nullable = false)
    public int scaleMin;

    @Column(name = "scale_max", nullable = false)
    public int scaleMax;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Aggregation aggregation;

    @Column(nullable = false)
    public int quorum;

    @Column(name = "jurors_per_side", nullable = false)
    public int jurorsPerSide;

    @Column(nullable = false)
    public double disagreement;

    @Column(name = "deliberation_quorum", nullable = false)
    public int deliberationQuorum;

    @Column(name = "opens_at", nullable = false)
    public OffsetDateTime opensAt;

    @Column(name = "closes_at", nullable = false)
    public OffsetDateTime closesAt;

    @Column(name = "scoring_opens_at", nullable = false)
    public OffsetDateTime scoringOpensAt;

    @Column(name = "scoring_closes_at", nullable = false)
    public OffsetDateTime scoringClosesAt;

    @Column(name = "ceremony_at", nullable = false)
    public OffsetDateTime ceremonyAt;

    @Column(name = "results_published_at")
    public OffsetDateTime resultsPublishedAt;

    /** The public results (JSON of {@code AwardResults}) as announced; null until then. */
    @Column(name = "results_json")
    public String resultsJson;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean isOpenedAt(Instant now) {
        return !now.isBefore(opensAt.toInstant());
    }

    /** Applications are accepted, changed and withdrawn from the opening until the deadline (excluded). */
    public boolean acceptsApplicationsAt(Instant now) {
        return isOpenedAt(now) && now.isBefore(closesAt.toInstant());
    }

    public boolean scoringOpenAt(Instant now) {
        return !now.isBefore(scoringOpensAt.toInstant()) && now.isBefore(scoringClosesAt.toInstant());
    }

    public boolean scoringStartedAt(Instant now) {
        return !now.isBefore(scoringOpensAt.toInstant());
    }

    /** The scoring rules with the given criteria (code to weight, in order). */
    public Rulebook rulebook(List<Criterion> criteria) {
        Map<String, Double> weights = new LinkedHashMap<>();
        criteria.forEach(c -> weights.put(c.code, c.weight));
        return new Rulebook(weights, scaleMin, scaleMax, aggregation, quorum, disagreement);
    }
}
