package org.assises.registration.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.Side;
import org.assises.registration.domain.Category;
import org.assises.registration.domain.Quota;

/** The seats of an edition: in all, per side, and optional caps per category (a category left out is not capped). */
public record QuotasRequest(
        @NotNull @PositiveOrZero @Schema(example = "500") Integer total,
        @NotNull @PositiveOrZero @Schema(example = "200") Integer french,
        @NotNull @PositiveOrZero @Schema(example = "300") Integer chinese,
        Map<Category, @NotNull @PositiveOrZero Integer> categories) {

    /** The quotas as they stand, as a request: what a merge patch applies to. */
    public static QuotasRequest of(List<Quota> quotas) {
        Integer total = null;
        Integer french = null;
        Integer chinese = null;
        Map<Category, Integer> categories = new EnumMap<>(Category.class);
        for (Quota q : quotas) {
            if (q.category != null) {
                categories.put(q.category, q.size);
            } else if (q.side == Side.FRENCH) {
                french = q.size;
            } else if (q.side == Side.CHINESE) {
                chinese = q.size;
            } else {
                total = q.size;
            }
        }
        return new QuotasRequest(total, french, chinese, categories);
    }
}
