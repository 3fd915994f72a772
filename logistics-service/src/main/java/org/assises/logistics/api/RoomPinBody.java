package org.assises.logistics.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Pins a participant to a hotel's room type; with a room label, to share that room. */
public record RoomPinBody(
        @NotNull @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String hotel,
        @NotNull @Pattern(regexp = Patterns.ROOM_TYPE, message = Patterns.ROOM_TYPE_MESSAGE) String roomType,
        @Schema(nullable = true, description = "A room label of the rooming list, to share it; a new room when absent")
        @Pattern(regexp = "[A-Za-z0-9-]{1,30}") String room) {
}
