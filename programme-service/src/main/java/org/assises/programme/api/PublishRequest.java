package org.assises.programme.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Publishing a version; warnings must be acknowledged explicitly to publish despite them. */
public record PublishRequest(
        @Schema(description = "Publish even though the programme has warnings") Boolean acknowledgeWarnings) {
}
