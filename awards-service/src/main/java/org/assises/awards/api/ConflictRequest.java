package org.assises.awards.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.awards.domain.ConflictType;

/** A conflict of interest declared by an organiser (jurorId required) or by the juror themselves (jurorId ignored). */
public record ConflictRequest(
        @Schema(nullable = true, description = "The juror; organisers only, a juror declares for themselves") UUID jurorId,
        @NotNull UUID applicationId,
        @NotNull ConflictType type,
        @NotBlank @Size(max = 2000) String reason) {
}
