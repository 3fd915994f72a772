package org.assises.awards.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** A juror put on an application by hand. */
public record AssignmentRequest(@NotNull UUID jurorId, @NotNull UUID applicationId) {
}
