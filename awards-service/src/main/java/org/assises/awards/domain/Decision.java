package org.assises.awards.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The deliberation's decision on one application, with the vote and the reason. */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(nullable = false)
    public String edition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(name = "prize_id")
    public UUID prizeId;

    /** 1 first within the prize (or among the mentions), ex aequo sharing one; null when the jury ranked none. */
    public Integer rank;

    @Column(name = "votes_for", nullable = false)
    public int votesFor;

    @Column(name = "votes_against", nullable = false)
    public int votesAgainst;

    @Column(nullable = false)
    public int abstentions;

    @Column(nullable = false)
    public String reason;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;
}
