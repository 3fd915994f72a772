package org.assises.programme.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;
import org.assises.programme.domain.Intervention;
import org.assises.programme.domain.InterventionStatus;

/** A talk to add to a session, or its new state. */
public record InterventionRequest(
        @NotNull UUID speakerId,
        @NotNull @Valid LocalizedText title,
        @Min(value = 1, message = "must be 1 or more") @Max(value = 100, message = "must be at most 100")
        @Schema(description = "Place in the running order, unique in the session; the end of the order when absent; "
                + "ignored for a WITHDRAWN talk, which leaves the order", example = "1") Integer position,
        @Min(value = 1, message = "must be at least 1 minute") @Max(value = 180, message = "must be at most 180 minutes")
        @Schema(description = "Minutes; 15 when absent", example = "15") Integer durationMinutes,
        @Schema(description = "TO_BE_CONFIRMED when absent") InterventionStatus status) {

    /** The talk's current state as a request: what a merge patch applies to. */
    public static InterventionRequest of(Intervention i) {
        return new InterventionRequest(i.speaker.id, i.title(), i.position, i.durationMinutes, i.status);
    }
}
