package org.assises.registration.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.registration.domain.WebhookSubscription;

/** A webhook subscription as its owner and organisers see it; the secret only in the answers that create it. */
public record WebhookView(
        UUID id,
        String owner,
        String url,
        List<String> types,
        @Schema(description = "ACTIVE delivers; FAILED is parked until a replay") WebhookSubscription.Status status,
        @Schema(description = "Failed attempts at the current entry") int attempts,
        @Schema(nullable = true, description = "Why the last attempt failed (HTTP status, timeout, connection)") String lastError,
        @Schema(nullable = true) OffsetDateTime failingSince,
        @Schema(nullable = true) OffsetDateTime nextAttemptAt,
        @Schema(nullable = true, description = "When it was parked as failed") OffsetDateTime failedAt,
        @Schema(nullable = true) OffsetDateTime lastDeliveredAt,
        OffsetDateTime createdAt,
        @Schema(nullable = true, description = "The signing secret (whsec_...): shown only on creation and rotation") String secret) {

    static WebhookView from(WebhookSubscription s, String secret) {
        return new WebhookView(s.id, s.owner, s.url, s.types, s.status, s.attempts, s.lastError, s.failingSince,
                s.status == WebhookSubscription.Status.ACTIVE ? s.nextAttemptAt : null, s.failedAt, s.lastDeliveredAt,
                s.createdAt, secret);
    }
}
