package org.assises.programme.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.assises.contracts.LocalizedText;

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

    @Column(name = "title_fr", nullable = false)
    public String titleFr;

    @Column(name = "title_zh", nullable = false)
    public String titleZh;

    @Column(name = "title_en")
    public String titleEn;

    @Column(nullable = false)
    public int position;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InterventionStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public LocalizedText title() {
        return new LocalizedText(titleFr, titleZh, titleEn);
    }
}
