package org.assises.registration.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.assises.contracts.Side;
import org.assises.registration.domain.Participant;
import org.assises.registration.domain.RegistrationStatus;

/** A participant as organisers see it. */
public record ParticipantResponse(
        UUID id,
        String edition,
        Side side,
        RegistrationStatus status,
        String familyName,
        String givenName,
        String nameZh,
        String organisation,
        String email,
        OffsetDateTime createdAt) {

    public static ParticipantResponse from(Participant p) {
        return new ParticipantResponse(p.id, p.edition, p.side, p.status, p.familyName, p.givenName, p.nameZh,
                p.organisation, p.email, p.createdAt);
    }
}
