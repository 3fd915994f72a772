package org.assises.programme.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session's new running order: the ids of every talk still in it, first to last. */
public record RunningOrderRequest(
        @NotNull @Size(max = 100, message = "must list at most 100 talks")
        @Schema(description = "Every talk of the session that is not withdrawn, in the new order") List<@NotNull UUID> order) {
}
