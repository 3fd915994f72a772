package org.assises.programme.api;

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
import org.assises.programme.service.SessionSnapshots;

/** On call: re-emits an edition's sessions as snapshot events, so that registration rebuilds its catalogue. */
@Path("/api/v1/ops/editions/{edition}/snapshots")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANISER)
public class SnapshotResource {

    private final SessionSnapshots snapshots;

    public SnapshotResource(SessionSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @POST
    @Path("/sessions")
    @Operation(summary = "Re-emit every session of an edition as a snapshot event (organiser)",
            description = "One assises.programme.session.snapshot.v1 per session (every status) on programme.sessions, keyed by "
                    + "session id like the change events, written to the outbox in pages of 500 while the programme is edited. "
                    + "registration-service rebuilds its workshop and visit catalogue from them (capacity, title, open or closed). "
                    + "Safe to repeat.")
    @APIResponse(responseCode = "202", description = "Written to the outbox; consumers apply them within seconds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SnapshotRun.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Response sessions(@PathParam("edition") @EditionCode String edition) {
        return Response.accepted(snapshots.sessionsOf(edition)).build();
    }
}
