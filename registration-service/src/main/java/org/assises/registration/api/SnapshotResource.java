package org.assises.registration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.security.Roles;
import org.assises.platform.snapshot.SnapshotRun;
import org.assises.platform.validation.EditionCode;
import org.assises.registration.service.ParticipantSnapshots;

/** On call: re-emits an edition's participants as snapshot events, so that logistics and programme rebuild their read models. */
@Path("/api/v1/ops/editions/{edition}/snapshots")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANISER)
public class SnapshotResource {

    private final ParticipantSnapshots snapshots;

    public SnapshotResource(ParticipantSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @POST
    @Path("/participants")
    @Operation(summary = "Re-emit every participant of an edition as a snapshot event (organiser)",
            description = "One assises.registration.participant.snapshot.v1 per participant (every status, never passport data) on "
                    + "registration.participants, keyed by participant id like the change events, written to the outbox in pages of "
                    + "500 while registrations go on. logistics-service and programme-service upsert their read models from them; "
                    + "a consumer never lets a snapshot overwrite a newer change. Safe to repeat.")
    @APIResponse(responseCode = "202", description = "Written to the outbox; consumers apply them within seconds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SnapshotRun.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Response participants(@PathParam("edition") @EditionCode String edition) {
        return Response.accepted(snapshots.participantsOf(edition)).build();
    }
}
