package org.assises.logistics.domain;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.assises.logistics.domain.VipWelcomePlanner.Direction;

/** The car and escort of a VIP's arrival or departure; either may be missing when not covered. */
@Entity
@Table(name = "vip_transfer")
@IdClass(VipTransfer.Key.class)
public class VipTransfer {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "direction")
    public Direction direction;

    @Column(nullable = false)
    public String edition;

    @Column(name = "car_id")
    public UUID carId;

    @Column(name = "escort_id")
    public UUID escortId;

    /** The flight's or train's time. */
    @Column(name = "travel_at", nullable = false)
    public OffsetDateTime travelAt;

    /** The airport or station (place code). */
    @Column(nullable = false)
    public String terminal;

    /** When the car collects the VIP: at landing, or at the hotel before a departure. */
    @Column(name = "pickup_at", nullable = false)
    public OffsetDateTime pickupAt;

    /** Set by an organiser by hand: planning keeps it. */
    @Column(nullable = false)
    public boolean pinned;

    /** The composite key. */
    public record Key(UUID participantId, Direction direction) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
