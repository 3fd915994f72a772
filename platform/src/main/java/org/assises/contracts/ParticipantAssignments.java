package org.assises.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The data of {@code assises.logistics.assignments.changed.v1} on {@link Topics#LOGISTICS_ASSIGNMENTS}, keyed
 * by participant id: everything logistics has planned for one participant, whole each time (a consumer
 * replaces what it had). Names and times only: never passport data.
 *
 * @param delegationId   APCAE's delegation id, null outside a delegation
 * @param hotel          the room and nights, null when the participant has no room (yet, or any more)
 * @param unplacedReason why no room could be given although one is needed; null otherwise
 * @param pickups        VIP car transfers (arrival, departure), empty for other participants
 * @param shuttleSeats   seats on shuttle departures, in time order
 */
public record ParticipantAssignments(
        UUID participantId,
        String edition,
        String delegationId,
        Hotel hotel,
        String unplacedReason,
        List<Pickup> pickups,
        List<ShuttleSeat> shuttleSeats) {

    /** A room: hotel, room type, the room shared (a label within the hotel's block) and the nights. */
    public record Hotel(String hotelCode, String hotelName, String address, String roomType, String room,
            List<LocalDate> nights) {
    }

    /**
     * A VIP car transfer.
     *
     * @param direction ARRIVAL or DEPARTURE
     * @param at        the flight's or train's time
     * @param pickupAt  when the car collects the VIP (arrival: the landing time; departure: at the hotel)
     * @param car       the car's label, null when not covered yet
     * @param escort    the escort's name, null when not covered yet
     */
    public record Pickup(String direction, OffsetDateTime at, String place, OffsetDateTime pickupAt, String car,
            String driver, String escort) {
    }

    /** A seat on a shuttle departure. */
    public record ShuttleSeat(UUID departureId, String purpose, String from, String to, OffsetDateTime departsAt,
            String vehicle) {
    }
}
