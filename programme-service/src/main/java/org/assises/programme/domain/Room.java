package org.assises.programme.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.assises.contracts.LocalizedText;
import org.assises.platform.persistence.Bilingual;

/** A room of a venue (plenary hall, workshop room, atrium) with the seats it holds. */
@Entity
@Table(name = "room")
public class Room {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "venue_id", nullable = false)
    public Venue venue;

    @Embedded
    public Bilingual name;

    /** Seats; null for a place without a fixed limit (a fair, an outdoor site). */
    public Integer capacity;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public LocalizedText name() {
        return name.text();
    }
}
