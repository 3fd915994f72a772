package org.assises.registration.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.assises.platform.persistence.Bilingual;

/**
 * A workshop or field visit participants choose, with its capacity and the places confirmed
 * participants hold. Changed only under the edition's seat lock.
 */
@Entity
@Table(name = "catalogue_item")
public class CatalogueItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String edition;

    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CatalogueKind kind;

    @Embedded
    public Bilingual title;

    /** Null when the item is not limited (the plenary is sized for everyone). */
    public Integer capacity;

    @Column(nullable = false)
    public int taken;

    @Column(nullable = false)
    public boolean open = true;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean hasRoom() {
        return open && (capacity == null || taken < capacity);
    }

    /** Places left, or null when not limited. */
    public Integer left() {
        return capacity == null ? null : Math.max(0, capacity - taken);
    }
}
