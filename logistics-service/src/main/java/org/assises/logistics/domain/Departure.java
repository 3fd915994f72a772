package org.assises.logistics.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.assises.logistics.domain.ShuttlePlanner.Purpose;

/** A shuttle departure on a route with a vehicle: proposed by planning (its slot says what for) or made by hand. */
@Entity
@Table(name = "departure")
public class Departure {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    /** What the departure serves, stable across re-plans (e.g. {@code MORNING|hotel-x|2018-12-12#1}; {@code MANUAL|<id>}). */
    @Column(nullable = false)
    public String slot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Purpose purpose;

    @Column(name = "session_code")
    public String sessionCode;

    @Column(name = "route_id", nullable = false)
    public UUID routeId;

    @Column(name = "vehicle_id")
    public UUID vehicleId;

    @Column(name = "departs_at", nullable = false)
    public OffsetDateTime departsAt;

    /** The slot of departures made by hand. */
    public static final String MANUAL = "MANUAL|";

    /** Made by hand: planning keeps it and its seats, given by hand. */
    public boolean manual() {
        return slot.startsWith(MANUAL);
    }
}
