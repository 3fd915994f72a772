package org.assises.logistics.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.logistics.domain.Car;

/** A car and its driver for VIP transfers. */
@Schema(name = "Car")
public record CarBody(
        @Schema(readOnly = true, nullable = true) String code,
        @NotBlank @Size(max = 200) String label,
        @Min(1) @Max(8) @Schema(description = "Passenger seats, the driver not counted") int seats,
        @NotBlank @Size(max = 200) String driver,
        @Schema(nullable = true) @Pattern(regexp = Patterns.PHONE, message = Patterns.PHONE_MESSAGE) String driverPhone) {

    Car toDraft() {
        Car c = new Car();
        c.label = label;
        c.seats = seats;
        c.driver = driver;
        c.driverPhone = driverPhone;
        return c;
    }

    static CarBody from(Car c) {
        return new CarBody(c.code, c.label, c.seats, c.driver, c.driverPhone);
    }
}
