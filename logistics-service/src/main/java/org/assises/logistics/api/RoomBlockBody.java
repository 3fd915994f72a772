package org.assises.logistics.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.logistics.domain.RoomBlock;

/** Rooms of one type a hotel sets aside, night by night. */
@Schema(name = "RoomBlock")
public record RoomBlockBody(
        @Schema(readOnly = true, nullable = true) String hotel,
        @Schema(readOnly = true, nullable = true) String roomType,
        @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) @Schema(description = "Per room and night, in EUR") BigDecimal negotiatedPrice,
        @Schema(nullable = true, description = "After this date the hotel may sell the rooms not taken") LocalDate releaseOn,
        @NotEmpty @Size(max = 60) List<@NotNull @Valid Night> nights) {

    /** How many rooms on one night (the night of the date to the next morning). */
    @Schema(name = "RoomBlockNight")
    public record Night(@NotNull LocalDate night, @Min(0) @Max(2000) int rooms) {
    }

    Map<LocalDate, Integer> nightMap() {
        Map<LocalDate, Integer> map = new TreeMap<>();
        nights.forEach(n -> map.put(n.night(), n.rooms()));
        return map;
    }

    static RoomBlockBody from(String hotel, RoomBlock b) {
        return new RoomBlockBody(hotel, b.roomType, b.negotiatedPrice, b.releaseOn,
                new TreeMap<>(b.nights).entrySet().stream().map(e -> new Night(e.getKey(), e.getValue())).toList());
    }
}
