package org.assises.registration.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.assises.contracts.ParticipantStatus;
import org.assises.platform.persistence.Bilingual;

/** A door people are checked in at (a day's entry, the gala dinner, a field visit, a shuttle) and who may pass it. */
@Entity
@Table(name = "checkin_list")
public class CheckInList {

    /** What the list is for. */
    public enum Kind {
        ENTRY, GALA_DINNER, FIELD_VISIT, WORKSHOP, SHUTTLE, OTHER
    }

    /** Who may pass: everyone confirmed, the gala dinner's invitees, a session's sign-ups, or named people. */
    public enum Admits {
        ALL_CONFIRMED, GALA_INVITEES, SIGN_UPS, NAMED
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Column(nullable = false)
    public String code;

    @Embedded
    public Bilingual name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Admits admits;

    /** The day the list is for, if any (the entry of 12 December). */
    public LocalDate day;

    /** Catalogue code of the workshop or field visit whose sign-ups are admitted (SIGN_UPS). */
    public String session;

    /** The people admitted (NAMED), e.g. a shuttle's passengers as logistics assigned them. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]", nullable = false)
    public List<UUID> members = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The rule of the door: whether this participant is on the list. Only confirmed people are. */
    public boolean admits(Participant p) {
        if (p.status != ParticipantStatus.CONFIRMED || !p.edition.equals(edition)) {
            return false;
        }
        return switch (admits) {
            case ALL_CONFIRMED -> true;
            case GALA_INVITEES -> p.galaDinner;
            case SIGN_UPS -> p.choices().contains(session);
            case NAMED -> members.contains(p.id);
        };
    }
}
