package org.assises.logistics.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.logistics.service.PlanQueries;

/** A departure's manifest: the departure (the driver sheet's head) and its passengers in seating order. */
public record ManifestView(DepartureView departure, List<Rider> riders) {

    /** A passenger. */
    @Schema(name = "ManifestRider")
    public record Rider(int seat, UUID participantId, String familyName, String givenName, @Schema(nullable = true) String nameZh,
            @Schema(nullable = true) String delegationId, @Schema(nullable = true) String organisation,
            @Schema(nullable = true, description = "Their hotel's name, when they have a room") String hotel) {
    }

    static ManifestView from(PlanQueries.Manifest m) {
        List<Rider> riders = new java.util.ArrayList<>();
        for (int i = 0; i < m.riders().size(); i++) {
            var p = m.riders().get(i);
            riders.add(new Rider(i + 1, p.id, p.familyName, p.givenName, p.nameZh, p.delegationId, p.organisation, m.hotelOf().get(p.id)));
        }
        return new ManifestView(DepartureView.from(m.departure()), riders);
    }
}
