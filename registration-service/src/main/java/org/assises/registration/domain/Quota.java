package org.assises.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.assises.contracts.Side;

/**
 * Seats of one scope of an edition: the whole edition (no side, no category), one side, or one
 * capped category. Only changed while the edition's seat lock is held (see {@link Seats}).
 */
@Entity
@Table(name = "quota")
public class Quota {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String edition;

    @Enumerated(EnumType.STRING)
    public Side side;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Column(nullable = false)
    public int size;

    @Column(nullable = false)
    public int used;

    public static Quota of(String edition, Side side, Category category, int size) {
        Quota quota = new Quota();
        quota.edition = edition;
        quota.side = side;
        quota.category = category;
        quota.size = size;
        return quota;
    }

    /** Whether a participant of this side and category takes a seat of this quota. */
    public boolean appliesTo(Side participantSide, Category participantCategory) {
        if (category != null) {
            return category == participantCategory;
        }
        return side == null || side == participantSide;
    }

    public int free() {
        return size - used;
    }

    /** Changes the size; refused (false) when fewer seats than are taken would remain. */
    public boolean resize(int newSize) {
        if (newSize < used) {
            return false;
        }
        size = newSize;
        return true;
    }
}
