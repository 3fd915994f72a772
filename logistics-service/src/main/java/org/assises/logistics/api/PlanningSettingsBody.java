package org.assises.logistics.api;

import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.logistics.domain.Edition;

/** How an edition's transport is planned. */
@Schema(name = "PlanningSettings")
public record PlanningSettingsBody(
        @Schema(description = "Minutes a car, escort or shuttle keeps free between two trips, besides the drive", example = "20")
        @Min(0) @Max(240) int pickupMarginMinutes,
        @Schema(description = "Arrivals within this many minutes (windows from midnight) share a shuttle", example = "90")
        @Min(15) @Max(360) int arrivalWindowMinutes,
        @Schema(description = "When the morning shuttles leave the hotels, local time", example = "08:15", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time")
        @NotNull LocalTime morningRunAt) {

    public static PlanningSettingsBody from(Edition e) {
        return new PlanningSettingsBody(e.pickupMarginMinutes, e.arrivalWindowMinutes, e.morningRunAt);
    }
}
