package org.assises.awards.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a submission: the application and the secret token that opens it (shown once; keep it). */
public record SubmissionView(
        ApplicationView application,
        @Schema(description = "Send it as X-Application-Token to read, change or withdraw the application") String token) {
}
