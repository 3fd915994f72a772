package org.assises.registration.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change to a delegation member, in the feed's single order ({@code seq}); never passport data. */
@Entity
@Table(name = "feed_entry")
public class FeedEntry {

    @Id
    public long seq;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(name = "source_event_id", nullable = false)
    public UUID sourceEventId;

    /** A {@link FeedType#wire()} name. */
    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String edition;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "apcae_person_id")
    public String apcaePersonId;

    @Column(name = "delegation_apcae_id", nullable = false)
    public String delegationApcaeId;

    /** The APCAE account that owns the delegation; null when only organisers manage it. */
    public String owner;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** What changed, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String data;
}
