package org.assises.registration.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A participant's badge: the marks organisers set on it and its printing history (the secret is a {@link BadgeSecret}). */
@Entity
@Table(name = "badge")
public class Badge {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(nullable = false)
    public String edition;

    /** Marks set by organisers (SPEAKER, ORGANISER); VIP and PRESS follow the registration. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> marks = new ArrayList<>();

    @Column(name = "printed_at")
    public OffsetDateTime printedAt;

    @Column(nullable = false)
    public int prints;

    public Set<BadgeMark> setMarks() {
        EnumSet<BadgeMark> set = EnumSet.noneOf(BadgeMark.class);
        marks.forEach(m -> set.add(BadgeMark.valueOf(m)));
        return set;
    }
}
