package org.assises.logistics.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.assises.contracts.Side;
import org.assises.logistics.domain.Traveller;

/** A participant as logistics sees them. */
public record TravellerResponse(
        UUID id,
        String edition,
        Side side,
        String status,
        String familyName,
        String givenName,
        String nameZh,
        String organisation,
        String delegationId,
        boolean vip,
        boolean hotelNeeded,
        OffsetDateTime arrivalAt,
        String arrivalTransport,
        OffsetDateTime departureAt,
        String departureTransport,
        String fieldVisit,
        OffsetDateTime updatedAt) {

    public static TravellerResponse from(Traveller t) {
        return new TravellerResponse(t.id, t.edition, t.side, t.status, t.familyName, t.givenName, t.nameZh,
                t.organisation, t.delegationId, t.vip, t.hotelNeeded, t.arrivalAt, t.arrivalTransport, t.departureAt,
                t.departureTransport, t.fieldVisit, t.updatedAt);
    }
}
