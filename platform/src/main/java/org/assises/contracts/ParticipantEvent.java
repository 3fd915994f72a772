package org.assises.contracts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * The data of every {@code assises.registration.participant.*} event: the participant as registration
 * now knows them, with what logistics and programme need to act without calling back. Never carries
 * passport data.
 *
 * @param status the registration status after the change
 * @param delegationId APCAE's delegation id, null for a French self-registration
 * @param delegationOwner token subject of the APCAE account the delegation belongs to (what lets
 *        logistics show APCAE its own delegations' plans); null outside a delegation or when the
 *        producer does not send it yet
 */
public record ParticipantEvent(
        @NotNull UUID participantId,
        @NotNull String edition,
        Side side,
        @NotNull ParticipantStatus status,
        String category,
        String familyName,
        String givenName,
        String nameZh,
        String organisation,
        String function,
        String delegationId,
        boolean vip,
        List<String> languages,
        boolean interpretationNeeded,
        Travel arrival,
        Travel departure,
        boolean hotelNeeded,
        String dietaryNeeds,
        List<String> workshops,
        String fieldVisit,
        boolean galaDinner,
        String delegationOwner) {

    /** The event without {@code delegationOwner}, as producers written before that field send it. */
    public ParticipantEvent(UUID participantId, String edition, Side side, ParticipantStatus status, String category, String familyName,
            String givenName, String nameZh, String organisation, String function, String delegationId, boolean vip,
            List<String> languages, boolean interpretationNeeded, Travel arrival, Travel departure, boolean hotelNeeded,
            String dietaryNeeds, List<String> workshops, String fieldVisit, boolean galaDinner) {
        this(participantId, edition, side, status, category, familyName, givenName, nameZh, organisation, function, delegationId,
                vip, languages, interpretationNeeded, arrival, departure, hotelNeeded, dietaryNeeds, workshops, fieldVisit,
                galaDinner, null);
    }

    /** An arrival or departure: when, how (flight number, train) and where (airport, station). */
    public record Travel(OffsetDateTime at, String transport, String place) {
    }
}
