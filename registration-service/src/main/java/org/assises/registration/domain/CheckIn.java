package org.assises.registration.domain;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A participant's passage through a list's door: once per list, when, on which device and at which gate. */
@Entity
@Table(name = "checkin")
@IdClass(CheckIn.Key.class)
public class CheckIn {

    /** The composite key: one check-in per list and participant. */
    public record Key(UUID listId, UUID participantId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "list_id")
    public UUID listId;

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "checked_in_at", nullable = false)
    public OffsetDateTime checkedInAt;

    @Column(nullable = false)
    public String device;

    public String gate;

    /** Recorded despite the door's answer (an offline device that let the person in). */
    @Column(nullable = false)
    public boolean forced;
}
