package org.assises.registration.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.ParticipantStatus;
import org.assises.registration.domain.Category;
import org.assises.registration.domain.Civility;
import org.assises.registration.domain.Participant;

/**
 * A registration as its holder sees it. The management token and link are only in the answer that
 * created the registration: keep them, they are the only way to change or cancel it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationResponse(
        UUID id,
        String edition,
        ParticipantStatus status,
        @Schema(description = "1-based position in the waiting list; absent unless waitlisted") Long waitlistPosition,
        Civility civility,
        String familyName,
        String givenName,
        String organisation,
        String function,
        Category category,
        String email,
        String phone,
        List<String> languages,
        boolean interpretationNeeded,
        String dietaryNeeds,
        boolean galaDinner,
        List<String> workshops,
        String fieldVisit,
        Travel arrival,
        Travel departure,
        boolean hotelNeeded,
        @Schema(description = "Secret that opens this registration (header X-Registration-Token); only in the creation answer")
        String managementToken,
        @Schema(description = "Link to the page where the participant manages the registration; only in the creation answer")
        String managementLink,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static RegistrationResponse from(Participant p, long position, String token, String link) {
        return new RegistrationResponse(p.id, p.edition, p.status, position > 0 ? position : null, p.civility, p.familyName,
                p.givenName, p.organisation, p.function, p.category, p.email, p.phone, List.copyOf(p.languages),
                p.interpretationNeeded, p.dietaryNeeds, p.galaDinner, List.copyOf(p.workshops), p.fieldVisit,
                arrival(p), departure(p), p.hotelNeeded, token, link, p.createdAt, p.updatedAt);
    }

    static Travel arrival(Participant p) {
        return Travel.from(p.arrival);
    }

    static Travel departure(Participant p) {
        return Travel.from(p.departure);
    }
}
