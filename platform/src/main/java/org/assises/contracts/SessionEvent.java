package org.assises.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * The data of every {@code assises.programme.session.*} event: the session as the programme now has
 * it, with what registration (the workshop and field-visit catalogue and its capacities) and logistics
 * (places and times of meals, the gala dinner and visits) need.
 *
 * @param kind     e.g. OPENING, PLENARY_WORKSHOP, PARALLEL_WORKSHOP, GALA_DINNER, FIELD_VISIT
 * @param theme    null for a session without a theme
 * @param code     a stable short code participants choose by, e.g. {@code workshop-agriculture}
 * @param capacity seats available to sign-ups (the room's unless lower); null if not limited
 * @param audience OPEN, or INVITATION for sessions such as the Sichuan dinner
 */
public record SessionEvent(
        UUID sessionId,
        @NotNull String edition,
        @NotNull String code,
        @NotNull String kind,
        LocalizedText title,
        Theme theme,
        SessionStatus status,
        OffsetDateTime start,
        OffsetDateTime end,
        UUID venueId,
        LocalizedText venueName,
        String venueAddress,
        LocalizedText roomName,
        Integer capacity,
        String audience) {
}
