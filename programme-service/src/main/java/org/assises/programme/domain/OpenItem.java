package org.assises.programme.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something still to settle ("reste à définir") on a session or a side event, with an owner and a deadline. */
@Entity
@Table(name = "open_item")
public class OpenItem {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Column(name = "session_id")
    public UUID sessionId;

    /** The side event or topic when the item is not about one session, e.g. "Lanternes de Zigong". */
    public String subject;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String owner;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OpenItemStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean isOverdue(LocalDate today) {
        return status == OpenItemStatus.OPEN && dueDate.isBefore(today);
    }
}
