package org.assises.logistics.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.logistics.domain.Vehicle;

/** A shuttle (coach, minibus) and its seats. */
@Schema(name = "Vehicle")
public record VehicleBody(
        @Schema(readOnly = true, nullable = true) String code,
        @NotBlank @Size(max = 200) String label,
        @Min(1) @Max(100) @Schema(description = "Passenger seats") int capacity,
        @Schema(nullable = true) @Size(max = 200) String driver,
        @Schema(nullable = true) @Pattern(regexp = Patterns.PHONE, message = Patterns.PHONE_MESSAGE) String driverPhone) {

    Vehicle toDraft() {
        Vehicle v = new Vehicle();
        v.label = label;
        v.capacity = capacity;
        v.driver = driver;
        v.driverPhone = driverPhone;
        return v;
    }

    static VehicleBody from(Vehicle v) {
        return new VehicleBody(v.code, v.label, v.capacity, v.driver, v.driverPhone);
    }
}
