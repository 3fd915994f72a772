package org.assises.logistics.api;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.logistics.service.PlanQueries;

/** A participant's room: the line of a rooming list. */
public record RoomView(
        UUID participantId,
        String familyName,
        String givenName,
        @Schema(nullable = true) String nameZh,
        @Schema(nullable = true) String delegationId,
        boolean vip,
        String hotel,
        String hotelName,
        String roomType,
        @Schema(description = "The room's label within the hotel's block: people with the same label share the room") String room,
        LocalDate firstNight,
        LocalDate lastNight,
        @Schema(description = "The day after the last night") LocalDate checkOut,
        boolean pinned) {

    static RoomView from(PlanQueries.RoomLine l) {
        return new RoomView(l.participant().id, l.participant().familyName, l.participant().givenName, l.participant().nameZh,
                l.participant().delegationId, l.participant().vip, l.hotel().code, l.hotel().name, l.room().roomType, l.room().room,
                l.room().firstNight, l.room().lastNight, l.room().lastNight.plusDays(1), l.room().pinned);
    }
}
