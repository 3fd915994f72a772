package org.assises.registration.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new webhook subscription: where to POST and which entry types (none: all). */
public record WebhookRequest(
        @NotBlank @Size(max = 2000) @Schema(description = "An absolute http(s) URL; not this service, not a loopback or link-local address",
                example = "https://apcae.example.cn/assises/webhooks") String url,
        @Size(max = 20) @Schema(description = "Entry types to receive (member.confirmed, member.waitlisted, member.promoted, "
                + "member.updated, member.cancelled, member.withdrawn, letter.issued, letter.revoked, hotel.changed, "
                + "pickups.changed, shuttles.changed); absent or empty: all", nullable = true) List<@Size(max = 40) String> types) {
}
