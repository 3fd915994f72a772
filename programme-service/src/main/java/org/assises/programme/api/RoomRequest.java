package org.assises.programme.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;
import org.assises.programme.domain.Room;

/** A room to create in a venue, or its new state. */
public record RoomRequest(
        @NotNull @Valid LocalizedText name,
        @Min(value = 1, message = "must be at least 1 seat") @Max(value = 100000, message = "must be at most 100000 seats")
        @Schema(description = "Seats; absent for a place without a fixed limit", example = "120") Integer capacity) {

    /** The room's current state as a request: what a merge patch applies to. */
    public static RoomRequest of(Room room) {
        return new RoomRequest(room.name(), room.capacity);
    }
}
