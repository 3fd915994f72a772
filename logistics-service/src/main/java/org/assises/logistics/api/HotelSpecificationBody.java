package org.assises.logistics.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.logistics.domain.Edition;
import org.assises.logistics.domain.HotelSpecification;

/** What the hotels of an edition must offer; a criterion left null is not required. */
@Schema(name = "HotelSpecification")
public record HotelSpecificationBody(
        @Schema(nullable = true, description = "Most a night may cost one guest, breakfast included, in EUR", example = "150.00")
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal maxPricePerNight,
        @Schema(description = "Whether a kettle in the room is required") boolean kettleRequired,
        @Schema(nullable = true, description = "Amenities required besides the kettle, e.g. wifi")
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> amenities,
        @Schema(nullable = true, description = "Farthest straight-line distance to the nearest venue, in metres")
        @Min(0) @Max(100_000) Integer maxDistanceMetres,
        @Schema(nullable = true, description = "Longest walk to the nearest venue, in minutes (from the coordinates)")
        @Min(0) @Max(600) Integer maxWalkingMinutes,
        @Schema(nullable = true, description = "Fewest stars") @Min(0) @Max(5) Integer minStars) {

    public HotelSpecification toDomain() {
        Set<String> required = amenities == null ? Set.of() : new LinkedHashSet<>(amenities);
        return new HotelSpecification(maxPricePerNight, kettleRequired, required, maxDistanceMetres, maxWalkingMinutes, minStars);
    }

    public static HotelSpecificationBody from(Edition e) {
        return new HotelSpecificationBody(e.specMaxPrice, e.specKettleRequired, List.copyOf(e.specAmenities), e.specMaxDistanceMetres,
                e.specMaxWalkingMinutes, e.specMinStars);
    }
}
