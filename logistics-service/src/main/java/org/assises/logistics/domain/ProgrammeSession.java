package org.assises.logistics.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.assises.contracts.SessionEvent;
import org.assises.contracts.SessionStatus;

/** A session as programme-service announces it: logistics needs the field visits' and the gala dinner's times and places. */
@Entity
@Table(name = "programme_session")
public class ProgrammeSession {

    public static final String FIELD_VISIT = "FIELD_VISIT";
    public static final String GALA_DINNER = "GALA_DINNER";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionStatus status;

    @Column(name = "title_fr")
    public String titleFr;

    @Column(name = "title_zh")
    public String titleZh;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    @Column(name = "venue_name")
    public String venueName;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }

    public void apply(SessionEvent e, OffsetDateTime at) {
        edition = e.edition();
        code = e.code();
        kind = e.kind();
        status = e.status();
        titleFr = e.title() == null ? null : e.title().fr();
        titleZh = e.title() == null ? null : e.title().zh();
        startsAt = e.start();
        endsAt = e.end();
        venueName = e.venueName() == null ? null : e.venueName().fr();
        updatedAt = at;
    }
}
