package org.assises.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, the body of every error response of every service. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", example = "urn:assises:problem:validation")
        URI type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid request")
        String title,
        @Schema(description = "HTTP status", example = "400")
        int status,
        @Schema(description = "What went wrong with this request, for a human")
        String detail,
        @Schema(description = "The request path")
        String instance,
        @Schema(description = "Per-field violations of a validation problem")
        List<Violation> violations,
        @Schema(hidden = true)
        Map<String, Object> extensions) {

    /** Media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: where it is and why it is refused. */
    @Schema(name = "Violation")
    public record Violation(
            @Schema(description = "Path of the field in the request, e.g. members[2].passport.expiry") String field,
            @Schema(description = "Why the value is refused") String message) {
    }

    /** A problem type URI from its short stable name. */
    public static URI type(String slug) {
        return URI.create("urn:assises:problem:" + slug);
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }
}
