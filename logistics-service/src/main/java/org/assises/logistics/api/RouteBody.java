package org.assises.logistics.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.logistics.domain.Route;

/** A shuttle route between two stops (place or hotel codes). */
@Schema(name = "Route")
public record RouteBody(
        @Schema(readOnly = true, nullable = true) String code,
        @NotNull @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String from,
        @NotNull @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String to,
        @Min(1) @Max(600) int durationMinutes) {

    Route toDraft() {
        Route r = new Route();
        r.fromStop = from;
        r.toStop = to;
        r.durationMinutes = durationMinutes;
        return r;
    }

    static RouteBody from(Route r) {
        return new RouteBody(r.code, r.fromStop, r.toStop, r.durationMinutes);
    }
}
