package org.assises.registration.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.registration.service.CheckInService;

/** One scan as a device sends it: what the QR code said, and a nonce the device makes once per scan. */
public record ScanRequest(
        @NotBlank @Size(max = 200) @Schema(description = "The QR code's content as read (a forged one answers UNKNOWN)") String secret,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._:-]{8,100}", message = "must be 8 to 100 letters, digits, dots, colons, dashes or underscores")
        @Schema(description = "Unique per scan; the same nonce again is a replay and gets the same answer") String nonce,
        @NotBlank @Size(max = 100) @Schema(example = "door-2") String device,
        @Size(max = 100) @Schema(nullable = true, example = "Hall d'entrée") String gate,
        @Schema(nullable = true, description = "Record the check-in whatever the answer (an offline device let the person in)")
        Boolean force,
        @Schema(nullable = true, description = "When the scan happened, for scans uploaded after the fact; now if absent")
        OffsetDateTime scannedAt) {

    CheckInService.ScanInput input() {
        return new CheckInService.ScanInput(secret, nonce, device, gate, Boolean.TRUE.equals(force), scannedAt);
    }
}
