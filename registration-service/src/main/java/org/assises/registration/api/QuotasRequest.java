package org.assises.registration.api;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.registration.domain.Category;

/** The seats of an edition: in all, per side, and optional caps per category (a category left out is not capped). */
public record QuotasRequest(
        @NotNull @PositiveOrZero @Schema(example = "500") Integer total,
        @NotNull @PositiveOrZero @Schema(example = "200") Integer french,
        @NotNull @PositiveOrZero @Schema(example = "300") Integer chinese,
        Map<Category, @NotNull @PositiveOrZero Integer> categories) {
}
