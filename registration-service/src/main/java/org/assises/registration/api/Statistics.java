package org.assises.registration.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts of an edition's participants. */
public record Statistics(
        @Schema(description = "All registrations per side, whatever their status") Map<String, Long> bySide,
        Map<String, Long> byCategory,
        Map<String, Long> byStatus,
        @Schema(description = "Confirmed and waitlisted participants per workshop code") Map<String, Long> byWorkshop,
        @Schema(description = "Confirmed and waitlisted participants per field-visit code") Map<String, Long> byVisit) {
}
