package org.assises.awards.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A member present who stands aside for one application. */
public record RecusalRequest(@NotNull UUID jurorId, @NotNull UUID applicationId, @NotBlank @Size(max = 2000) String reason) {
}
