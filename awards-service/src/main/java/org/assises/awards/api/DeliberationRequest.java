package org.assises.awards.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The opening of the jury meeting's record: when, and which members are present. */
public record DeliberationRequest(@NotNull OffsetDateTime heldAt, @NotEmpty @Size(max = 100) List<@NotNull UUID> present) {
}
