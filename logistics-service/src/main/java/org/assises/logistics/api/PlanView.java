package org.assises.logistics.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.logistics.service.PlanReport;

/** An edition's plan in figures, with everything that could not be done and why. */
public record PlanView(String edition, int rooms, int vipTransfers, int departures, int seats,
        @Schema(description = "Participants whose assignments changed in this run (0 for a preview)") int changedParticipants,
        List<Issue> issues) {

    /** Something the plan could not do. */
    @Schema(name = "PlanIssue")
    public record Issue(
            @Schema(enumeration = {"ROOM", "VIP_TRANSFER", "SHUTTLE_SEAT"}) String kind,
            UUID participantId,
            @Schema(nullable = true, description = "The transfer's direction or the shuttle group") String slot,
            String reason) {
    }

    static PlanView from(PlanReport r) {
        return new PlanView(r.edition(), r.rooms(), r.vipTransfers(), r.departures(), r.seats(), r.changedParticipants(),
                r.issues().stream().map(i -> new Issue(i.kind(), i.participant(), i.slot(), i.reason())).toList());
    }
}
