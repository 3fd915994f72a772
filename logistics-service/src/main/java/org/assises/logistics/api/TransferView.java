package org.assises.logistics.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.logistics.domain.VipWelcomePlanner.Direction;
import org.assises.logistics.service.PlanQueries;

/** A VIP's transfer with its car and escort (null when not covered). */
public record TransferView(
        UUID participantId,
        String familyName,
        String givenName,
        @Schema(nullable = true) String nameZh,
        Direction direction,
        @Schema(description = "The flight's or train's time") OffsetDateTime travelAt,
        @Schema(description = "The airport or station (place code)") String terminal,
        OffsetDateTime pickupAt,
        @Schema(nullable = true) String car,
        @Schema(nullable = true) String driver,
        @Schema(nullable = true) String driverPhone,
        @Schema(nullable = true) String escort,
        @Schema(nullable = true) String escortPhone,
        boolean pinned) {

    static TransferView from(PlanQueries.TransferLine l) {
        return new TransferView(l.participant().id, l.participant().familyName, l.participant().givenName, l.participant().nameZh,
                l.transfer().direction, l.transfer().travelAt, l.transfer().terminal, l.transfer().pickupAt,
                l.car() == null ? null : l.car().code, l.car() == null ? null : l.car().driver, l.car() == null ? null : l.car().driverPhone,
                l.escort() == null ? null : l.escort().code, l.escort() == null ? null : l.escort().phone, l.transfer().pinned);
    }
}
