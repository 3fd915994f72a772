package org.assises.registration.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.ParticipantStatus;
import org.assises.contracts.Side;
import org.assises.registration.domain.Category;
import org.assises.registration.domain.Civility;
import org.assises.registration.domain.Gender;
import org.assises.registration.domain.Participant;

/** A participant as organisers see it, passport data included (organisers only). */
public record ParticipantResponse(
        UUID id,
        String edition,
        Side side,
        ParticipantStatus status,
        @Schema(description = "1-based position in the waiting list of the side; absent unless waitlisted") Long waitlistPosition,
        Category category,
        Civility civility,
        String familyName,
        String givenName,
        String nameZh,
        Gender gender,
        LocalDate dateOfBirth,
        String organisation,
        String province,
        String city,
        String function,
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
        boolean vip,
        @Schema(description = "APCAE's delegation id; absent for a French participant") String delegationId,
        @Schema(description = "APCAE's person id within the delegation") String apcaePersonId,
        Passport passport,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static ParticipantResponse from(Participant p, long position, String delegationApcaeId) {
        Passport passport = p.passportNumber == null ? null : new Passport(p.passportNumber, p.passportExpiresOn);
        return new ParticipantResponse(p.id, p.edition, p.side, p.status, position > 0 ? position : null, p.category,
                p.civility, p.familyName, p.givenName, p.nameZh, p.gender, p.dateOfBirth, p.organisation, p.province, p.city,
                p.function, p.email, p.phone, List.copyOf(p.languages), p.interpretationNeeded, p.dietaryNeeds, p.galaDinner,
                List.copyOf(p.workshops), p.fieldVisit, RegistrationResponse.arrival(p), RegistrationResponse.departure(p),
                p.hotelNeeded, p.vip, delegationApcaeId, p.apcaePersonId, passport, p.createdAt, p.updatedAt);
    }
}
