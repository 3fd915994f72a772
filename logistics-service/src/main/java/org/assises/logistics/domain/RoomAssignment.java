package org.assises.logistics.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A participant's room for their nights: hotel, room type and room (shared with those of the same room). */
@Entity
@Table(name = "room_assignment")
public class RoomAssignment {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(nullable = false)
    public String edition;

    @Column(name = "hotel_id", nullable = false)
    public UUID hotelId;

    @Column(name = "room_type", nullable = false)
    public String roomType;

    @Column(nullable = false)
    public String room;

    @Column(name = "first_night", nullable = false)
    public LocalDate firstNight;

    @Column(name = "last_night", nullable = false)
    public LocalDate lastNight;

    /** Set by an organiser by hand: allocation keeps it. */
    @Column(nullable = false)
    public boolean pinned;
}
