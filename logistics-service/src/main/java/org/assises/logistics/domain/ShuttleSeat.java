package org.assises.logistics.domain;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A participant's seat on a departure; pinned when an organiser put them there by hand. */
@Entity
@Table(name = "shuttle_seat")
@IdClass(ShuttleSeat.Key.class)
public class ShuttleSeat {

    @Id
    @Column(name = "departure_id")
    public UUID departureId;

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(nullable = false)
    public boolean pinned;

    /** The composite key. */
    public record Key(UUID departureId, UUID participantId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
