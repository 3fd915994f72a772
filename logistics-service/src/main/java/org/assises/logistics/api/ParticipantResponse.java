package org.assises.logistics.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.ParticipantStatus;
import org.assises.contracts.Side;
import org.assises.logistics.domain.Participant;

/** A participant as logistics sees them. */
public record ParticipantResponse(
        UUID id,
        String edition,
        Side side,
        ParticipantStatus status,
        String familyName,
        String givenName,
        @Schema(nullable = true) String nameZh,
        @Schema(nullable = true) String organisation,
        @Schema(nullable = true) String function,
        @Schema(nullable = true) String delegationId,
        boolean vip,
        @Schema(description = "VIPs and heads of delegation sleep in a room of their own") boolean singleRoom,
        List<String> languages,
        boolean hotelNeeded,
        @Schema(nullable = true) OffsetDateTime arrivalAt,
        @Schema(nullable = true) String arrivalTransport,
        @Schema(nullable = true) String arrivalPlace,
        @Schema(nullable = true) OffsetDateTime departureAt,
        @Schema(nullable = true) String departureTransport,
        @Schema(nullable = true) String departurePlace,
        @Schema(nullable = true) String fieldVisit,
        boolean galaDinner,
        OffsetDateTime updatedAt) {

    public static ParticipantResponse from(Participant p) {
        return new ParticipantResponse(p.id, p.edition, p.side, p.status, p.familyName, p.givenName, p.nameZh, p.organisation,
                p.function, p.delegationId, p.vip, p.needsSingleRoom(), List.copyOf(p.languages), p.hotelNeeded, p.arrivalAt,
                p.arrivalTransport, p.arrivalPlace, p.departureAt, p.departureTransport, p.departurePlace, p.fieldVisit,
                p.galaDinner, p.updatedAt);
    }
}
