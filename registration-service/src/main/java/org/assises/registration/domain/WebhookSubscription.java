package org.assises.registration.domain;

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

/**
 * An endpoint that receives the feed of its owner (an APCAE account's, or every entry for an organiser),
 * entry after entry from {@code position}; parked as FAILED when an entry could not be delivered for the
 * whole retry period.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    /** ACTIVE delivers; FAILED waits for a replay. */
    public enum Status {
        ACTIVE, FAILED
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String owner;

    /** Whether the owner is an organiser, who receives every delegation's entries. */
    @Column(nullable = false)
    public boolean organiser;

    @Column(nullable = false)
    public String url;

    /** {@link FeedType#wire()} names; empty for every type. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> types;

    /** The signing secret: kept readable because every delivery is signed with it. */
    @Column(nullable = false)
    public String secret;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The seq of the last entry delivered (or skipped by the types filter). */
    @Column(nullable = false)
    public long position;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "failing_since")
    public OffsetDateTime failingSince;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "leased_until")
    public OffsetDateTime leasedUntil;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_delivered_at")
    public OffsetDateTime lastDeliveredAt;

    @Column(name = "failed_at")
    public OffsetDateTime failedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Whether this caller may see and manage the subscription: its owner, and organisers. */
    public boolean visibleTo(String subject, boolean organiserCaller) {
        return organiserCaller || owner.equals(subject);
    }
}
