package org.assises.awards.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import org.assises.awards.service.DeliberationService;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;

import io.quarkus.security.identity.SecurityIdentity;

/** The record of the jury meeting, kept by the organisers: presence, recusals, decisions, closing. */
@Path("/api/v1/editions/{edition}/deliberation")
@Tag(name = "Deliberation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANISER)
public class DeliberationResource {

    private final DeliberationService deliberations;
    private final SecurityIdentity identity;

    public DeliberationResource(DeliberationService deliberations, SecurityIdentity identity) {
        this.deliberations = deliberations;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open the meeting's record with the members present, after the scoring phase (organiser)")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliberationView.class)))
    @APIResponse(responseCode = "404", description = "No such edition, or no call")
    @APIResponse(responseCode = "409", description = "Scoring not over (scoring-not-over), already opened (deliberation-exists), "
            + "no quorum or unbalanced jury (jury-not-quorate)")
    public Response open(@PathParam("edition") @EditionCode String edition,
            @Valid @NotNull(message = "a JSON body is required") DeliberationRequest request) {
        DeliberationView view = view(deliberations.open(edition, request, identity.getPrincipal().getName()));
        return Response.created(URI.create("/api/v1/editions/" + edition + "/deliberation")).entity(view).build();
    }

    @GET
    @Operation(summary = "Read the meeting's record (organiser)")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliberationView.class)))
    @APIResponse(responseCode = "404", description = "No such edition, or not opened")
    public DeliberationView get(@PathParam("edition") @EditionCode String edition) {
        return deliberations.find(edition).map(DeliberationResource::view)
                .orElseThrow(() -> ProblemException.notFound("The deliberation of " + edition + " is not opened"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/recusals")
    @Operation(summary = "Record that a member present stands aside for an application (organiser)")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliberationView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or deliberation not opened")
    @APIResponse(responseCode = "409", description = "Closed (deliberation-closed), or already recorded (recusal-exists)")
    public DeliberationView recuse(@PathParam("edition") @EditionCode String edition,
            @Valid @NotNull(message = "a JSON body is required") RecusalRequest request) {
        return view(deliberations.recuse(edition, request.jurorId(), request.applicationId(), request.reason()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/decisions/{applicationId}")
    @Operation(summary = "Record the decision on an application, with the vote and the reason (organiser)")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliberationView.class)))
    @APIResponse(responseCode = "404", description = "No such application, or deliberation not opened")
    @APIResponse(responseCode = "409", description = "Closed: decisions are frozen (deliberation-closed); the prize's places are all "
            + "taken (prize-full); the application is not under review")
    public DeliberationView decide(@PathParam("edition") @EditionCode String edition, @PathParam("applicationId") UUID applicationId,
            @Valid @NotNull(message = "a JSON body is required") DecisionRequest request) {
        return view(deliberations.decide(edition, applicationId, request, identity.getPrincipal().getName()));
    }

    @POST
    @Path("/closing")
    @Operation(summary = "Close the deliberation: decisions are frozen and become the applications' statuses (organiser)",
            description = "The results stay under embargo until the ceremony time.")
    @APIResponse(responseCode = "200", description = "The closed record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliberationView.class)))
    @APIResponse(responseCode = "404", description = "Deliberation not opened")
    @APIResponse(responseCode = "409", description = "Already closed (deliberation-closed)")
    public DeliberationView close(@PathParam("edition") @EditionCode String edition) {
        return view(deliberations.close(edition, identity.getPrincipal().getName()));
    }

    private static DeliberationView view(DeliberationService.Record record) {
        return DeliberationView.from(record);
    }
}
