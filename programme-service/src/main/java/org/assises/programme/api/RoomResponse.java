package org.assises.programme.api;

import java.util.UUID;

import org.assises.contracts.LocalizedText;
import org.assises.programme.domain.Room;

/** A room of a venue. */
public record RoomResponse(UUID id, UUID venueId, LocalizedText name, Integer capacity) {

    public static RoomResponse from(Room r) {
        return new RoomResponse(r.id, r.venue.id, r.name(), r.capacity);
    }
}
