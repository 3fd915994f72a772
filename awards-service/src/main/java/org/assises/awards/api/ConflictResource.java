package org.assises.awards.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import org.assises.awards.domain.ConflictOrigin;
import org.assises.awards.service.ConflictService;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;

import io.quarkus.security.identity.SecurityIdentity;

/** Conflicts of interest of an edition, for organisers: declared, detected (potential), confirmed, dismissed. */
@Path("/api/v1/editions/{edition}/conflicts")
@Tag(name = "Jury")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANISER)
public class ConflictResource {

    private final ConflictService conflicts;
    private final SecurityIdentity identity;

    public ConflictResource(ConflictService conflicts, SecurityIdentity identity) {
        this.conflicts = conflicts;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "List the conflicts of interest, potential ones included (organiser)")
    @APIResponse(responseCode = "200", description = "The conflicts")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<ConflictView> list(@PathParam("edition") @EditionCode String edition) {
        return conflicts.ofEdition(edition).stream().map(ConflictView::from).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare a conflict for a juror (organiser): confirmed at once")
    @APIResponse(responseCode = "201", description = "Declared",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConflictView.class)))
    @APIResponse(responseCode = "404", description = "No such juror or application in this edition")
    @APIResponse(responseCode = "409", description = "A confirmed conflict already stands (conflict-exists)")
    public Response declare(@PathParam("edition") @EditionCode String edition,
            @Valid @NotNull(message = "a JSON body is required") ConflictRequest request) {
        if (request.jurorId() == null) {
            throw ProblemException.invalid("jurorId", "is required when an organiser declares a conflict");
        }
        ConflictView view = ConflictView.from(conflicts.declare(edition, request.jurorId(), request.applicationId(), request.type(),
                request.reason(), ConflictOrigin.ORGANISER, identity.getPrincipal().getName()));
        return Response.created(URI.create("/api/v1/editions/" + edition + "/conflicts/" + view.id())).entity(view).build();
    }

    @POST
    @Path("/detection")
    @Operation(summary = "Detect potential conflicts from organisation names, partnerships and régions/provinces (organiser)")
    @APIResponse(responseCode = "200", description = "The potential conflicts found now (pairs already known are left alone)")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<ConflictView> detect(@PathParam("edition") @EditionCode String edition) {
        return conflicts.detect(edition).stream().map(ConflictView::from).toList();
    }

    @POST
    @Path("/{id}/confirmation")
    @Operation(summary = "Confirm a conflict (organiser): the juror can no longer read or score the application, their score stops counting")
    @APIResponse(responseCode = "200", description = "Confirmed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConflictView.class)))
    @APIResponse(responseCode = "404", description = "No such conflict in this edition")
    @APIResponse(responseCode = "409", description = "Already confirmed (conflict-confirmed)")
    public ConflictView confirm(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id) {
        return ConflictView.from(conflicts.confirm(edition, id, identity.getPrincipal().getName()));
    }

    @POST
    @Path("/{id}/dismissal")
    @Operation(summary = "Dismiss a potential conflict (organiser)")
    @APIResponse(responseCode = "200", description = "Dismissed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConflictView.class)))
    @APIResponse(responseCode = "404", description = "No such conflict in this edition")
    @APIResponse(responseCode = "409", description = "Not a potential conflict (conflict-decided)")
    public ConflictView dismiss(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id) {
        return ConflictView.from(conflicts.dismiss(edition, id, identity.getPrincipal().getName()));
    }
}
