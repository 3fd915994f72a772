package org.assises.logistics.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;
import org.assises.logistics.domain.Hotel;
import org.assises.platform.persistence.Bilingual;

/** A hotel: where, what it costs and offers, its room types, its contact. */
@Schema(name = "Hotel")
public record HotelBody(
        @Schema(readOnly = true, nullable = true, description = "The code, from the path") String code,
        @NotBlank @Size(max = 200) @Schema(example = "Hôtel fictif du Canal") String name,
        @NotBlank @Size(max = 300) String address,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Min(1) @Max(5) int stars,
        @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) @Schema(description = "A night for one guest, in EUR") BigDecimal pricePerNight,
        boolean breakfastIncluded,
        @Schema(nullable = true, description = "Breakfast for one guest when not included, in EUR; null when none is served")
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal breakfastPrice,
        boolean kettle,
        @Schema(nullable = true) @Size(max = 30) List<@NotBlank @Size(max = 50) String> amenities,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid RoomTypeBody> roomTypes,
        @Schema(nullable = true) @Size(max = 200) String contactName,
        @Schema(nullable = true) @Pattern(regexp = Patterns.PHONE, message = Patterns.PHONE_MESSAGE) String contactPhone,
        @Schema(nullable = true) @Email @Size(max = 200) String contactEmail,
        @Schema(nullable = true) @Valid LocalizedText description) {

    /** A kind of room and how many sleep in it. */
    @Schema(name = "RoomType")
    public record RoomTypeBody(
            @NotNull @Pattern(regexp = Patterns.ROOM_TYPE, message = Patterns.ROOM_TYPE_MESSAGE) String code,
            @Min(1) @Max(10) int capacity,
            @Schema(nullable = true) @Size(max = 300) String description) {
    }

    Hotel toDraft() {
        Hotel h = new Hotel();
        h.name = name;
        h.address = address;
        h.latitude = latitude;
        h.longitude = longitude;
        h.stars = stars;
        h.pricePerNight = pricePerNight;
        h.breakfastIncluded = breakfastIncluded;
        h.breakfastPrice = breakfastPrice;
        h.kettle = kettle;
        h.amenities = amenities == null ? new ArrayList<>() : new ArrayList<>(amenities);
        roomTypes.forEach(t -> h.roomTypes.add(new Hotel.RoomType(t.code(), t.capacity(), t.description())));
        h.contactName = contactName;
        h.contactPhone = contactPhone;
        h.contactEmail = contactEmail;
        h.description = Bilingual.of(description);
        return h;
    }

    static HotelBody from(Hotel h) {
        return new HotelBody(h.code, h.name, h.address, h.latitude, h.longitude, h.stars, h.pricePerNight, h.breakfastIncluded,
                h.breakfastPrice, h.kettle, List.copyOf(h.amenities),
                h.roomTypes.stream().map(t -> new RoomTypeBody(t.code, t.capacity, t.description)).toList(), h.contactName,
                h.contactPhone, h.contactEmail, Bilingual.text(h.description));
    }
}
