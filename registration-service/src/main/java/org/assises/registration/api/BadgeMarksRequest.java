package org.assises.registration.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The marks organisers set on a badge (VIP and PRESS come from the registration itself). */
public record BadgeMarksRequest(
        @NotNull @Size(max = 2) @Schema(example = "[\"SPEAKER\"]")
        List<@NotNull @Pattern(regexp = "SPEAKER|ORGANISER", message = "must be SPEAKER or ORGANISER") String> marks) {
}
