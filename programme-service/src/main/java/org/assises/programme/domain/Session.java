package org.assises.programme.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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

import org.hibernate.annotations.Generated;

import org.assises.contracts.LocalizedText;
import org.assises.platform.persistence.Bilingual;
import org.assises.contracts.SessionStatus;
import org.assises.contracts.Side;
import org.assises.contracts.Theme;

/** A session of an edition's programme: a workshop, a meal, a show, a field visit, a side event. */
@Entity
@Table(name = "programme_session")
public class Session {

    @Id
    public UUID id;

    /** A small stable number (frab-compatible tools want integer event ids). */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long number;

    @Column(nullable = false)
    public String edition;

    /** Stable short code participants choose by, unique in the edition, e.g. workshop-agriculture. */
    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionKind kind;

    @Embedded
    public Bilingual title;

    @Embedded
    public Bilingual description;

    @Enumerated(EnumType.STRING)
    public Theme theme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id")
    public Room room;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionStatus status;

    /** Seats for this session when lower than the room's; null means the room's. */
    public Integer capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Audience audience;

    /** Every participant must attend it (the plenary workshop): other workshops must not clash with it. */
    @Column(nullable = false)
    public boolean mandatory;

    @Column(name = "french_chair_fr")
    public String frenchChairFr;

    @Column(name = "french_chair_zh")
    public String frenchChairZh;

    @Column(name = "chinese_chair_fr")
    public String chineseChairFr;

    @Column(name = "chinese_chair_zh")
    public String chineseChairZh;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public LocalizedText title() {
        return title.text();
    }

    public LocalizedText description() {
        return Bilingual.text(description);
    }

    /** The co-chairs recorded so far: the French one first, then the Chinese one. */
    public List<LocalGovernment> coChairs() {
        List<LocalGovernment> chairs = new ArrayList<>(2);
        if (frenchChairFr != null) {
            chairs.add(new LocalGovernment(new LocalizedText(frenchChairFr, frenchChairZh, null), Side.FRENCH));
        }
        if (chineseChairFr != null) {
            chairs.add(new LocalGovernment(new LocalizedText(chineseChairFr, chineseChairZh, null), Side.CHINESE));
        }
        return chairs;
    }

    /** Records co-chairs that passed {@link CoChairPair#problems}: each in its side's columns. */
    public void coChairs(List<LocalGovernment> chairs) {
        frenchChairFr = null;
        frenchChairZh = null;
        chineseChairFr = null;
        chineseChairZh = null;
        for (LocalGovernment chair : chairs == null ? List.<LocalGovernment>of() : chairs) {
            String fr = chair.name().fr().strip();
            String zh = chair.name().zh().strip();
            if (chair.side() == Side.FRENCH) {
                frenchChairFr = fr;
                frenchChairZh = zh;
            } else {
                chineseChairFr = fr;
                chineseChairZh = zh;
            }
        }
    }

    /** The seats open to sign-ups: the session's own limit, else its room's; null when unlimited. */
    public Integer effectiveCapacity() {
        Integer roomCapacity = room == null ? null : room.capacity;
        if (capacity == null) {
            return roomCapacity;
        }
        return roomCapacity == null ? capacity : Math.min(capacity, roomCapacity);
    }
}
