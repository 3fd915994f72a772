package org.assises.programme.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.assises.contracts.LocalizedText;
import org.assises.platform.persistence.Bilingual;

/** A speaker's talk in a session, at its place in the running order. */
@Entity
@Table(name = "intervention")
public class Intervention {

    /** Talks are 15 minutes unless said otherwise. */
    public static final int DEFAULT_MINUTES = 15;

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    public Session session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id", nullable = false)
    public Speaker speaker;

    @Embedded
    public Bilingual title;

    /** Place in the running order; null once withdrawn (a withdrawn talk leaves the order). */
    public Integer position;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InterventionStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public LocalizedText title() {
        return title.text();
    }
}
