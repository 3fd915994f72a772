package org.assises.logistics.api;

import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The car and escort chosen by hand for a VIP transfer. */
public record TransferPinBody(
        @Schema(nullable = true) @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String car,
        @Schema(nullable = true) @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String escort) {
}
