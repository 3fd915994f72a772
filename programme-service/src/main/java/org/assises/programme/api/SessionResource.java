package org.assises.programme.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.patch.MergePatch;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.programme.service.InterventionService;
import org.assises.programme.service.SessionService;

/** The working programme: sessions and their running order. The public reads published versions instead. */
@Path("/api/v1/editions/{edition}/sessions")
@Tag(name = "Sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionService sessions;
    private final InterventionService interventions;

    private final MergePatch mergePatch;

    public SessionResource(SessionService sessions, InterventionService interventions, MergePatch mergePatch) {
        this.sessions = sessions;
        this.interventions = interventions;
        this.mergePatch = mergePatch;
    }

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Create a session (organiser)", description = "Emits session.created on programme.sessions.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "409", description = "The edition already has a session with this code")
    public Response create(@PathParam("edition") String edition, @Valid @NotNull(message = "a JSON body is required") SessionRequest request) {
        UUID id = sessions.create(edition, request).id;
        SessionResponse created = sessions.details(edition, id).map(SessionResponse::from).orElseThrow();
        return Response.created(URI.create("/api/v1/editions/" + edition + "/sessions/" + id)).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.LOGISTICS})
    @Operation(summary = "List the working programme (organiser, logistics)",
            description = "In time order, each session with its talks, sign-ups, warnings and open items.")
    @APIResponse(responseCode = "200", description = "The sessions")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<SessionResponse> list(@PathParam("edition") String edition) {
        return sessions.list(edition).stream().map(SessionResponse::from).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ORGANISER, Roles.LOGISTICS})
    @Operation(summary = "Read a session with its talks, sign-ups, warnings and open items (organiser, logistics)")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "404", description = "No such session in this edition")
    public SessionResponse get(@PathParam("edition") String edition, @PathParam("id") UUID id) {
        return sessions.details(edition, id).map(SessionResponse::from).orElseThrow(() -> ProblemException.notFound("No session " + id + " in edition " + edition));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Replace a session (organiser)",
            description = "A full replacement: a field left out takes its default (no room, no own capacity, not mandatory, no co-chairs); "
                    + "only status keeps its value when absent. To change some fields only, PATCH with a merge patch. "
                    + "Emits session.changed, session.cancelled when it moves to CANCELLED, session.restored when a cancelled session "
                    + "comes back (as DRAFT or TENTATIVE).")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such session in this edition")
    @APIResponse(responseCode = "409", description = "Status transition not allowed, or the code would change")
    public SessionResponse update(@PathParam("edition") String edition, @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") SessionRequest request) {
        sessions.update(edition, id, current -> request);
        return sessions.details(edition, id).map(SessionResponse::from).orElseThrow();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Change some fields of a session (organiser)",
            description = "A JSON Merge Patch (RFC 7396, application/merge-patch+json): the fields it names change, null removes an "
                    + "optional one (e.g. \"roomId\": null), the others keep their value; coChairs is replaced as a whole. "
                    + "The result is validated like a full body. {\"status\": \"DRAFT\"} restores a cancelled session. "
                    + "Emits the same events as PUT.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = SessionRequest.class)))
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such session in this edition")
    @APIResponse(responseCode = "409", description = "Status transition not allowed, or the code would change")
    public SessionResponse patch(@PathParam("edition") String edition, @PathParam("id") UUID id, String patch) {
        sessions.update(edition, id, current -> mergePatch.apply(current, patch, SessionRequest.class));
        return sessions.details(edition, id).map(SessionResponse::from).orElseThrow();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Delete a session that was never published (organiser)",
            description = "Removes it with its talks and open items, and emits session.deleted (registration closes or drops its "
                    + "catalogue item). A session shown by a published version is cancelled instead: 409.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such session in this edition")
    @APIResponse(responseCode = "409", description = "The session is in a published version; cancel it instead")
    public void delete(@PathParam("edition") String edition, @PathParam("id") UUID id) {
        sessions.delete(edition, id);
    }

    @POST
    @Path("/{id}/interventions")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Add a talk to a session (organiser)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterventionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such session in this edition")
    @APIResponse(responseCode = "409", description = "The session is cancelled (session-cancelled), or another talk has this position (position-taken)")
    public Response addIntervention(@PathParam("edition") String edition, @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") InterventionRequest request) {
        InterventionResponse created = InterventionResponse.from(interventions.create(edition, id, request));
        return Response.created(URI.create("/api/v1/editions/" + edition + "/sessions/" + id + "/interventions/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Path("/{id}/interventions")
    @RolesAllowed({Roles.ORGANISER, Roles.LOGISTICS})
    @Operation(summary = "List a session's talks in running order (organiser, logistics)")
    @APIResponse(responseCode = "200", description = "The talks")
    @APIResponse(responseCode = "404", description = "No such session in this edition")
    public List<InterventionResponse> interventions(@PathParam("edition") String edition, @PathParam("id") UUID id) {
        return interventions.ofSession(edition, id).stream().map(InterventionResponse::from).toList();
    }

    @PUT
    @Path("/{id}/interventions/{interventionId}")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Replace a talk: speaker, title, place, duration, status (organiser)",
            description = "A full replacement: a position left out puts the talk at the end of the order, a duration left out is 15 "
                    + "minutes. A WITHDRAWN talk leaves the running order (its position is freed for its replacement).")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such session or talk")
    @APIResponse(responseCode = "409", description = "The session is cancelled (session-cancelled), or another talk has this position (position-taken)")
    public InterventionResponse updateIntervention(@PathParam("edition") String edition, @PathParam("id") UUID id,
            @PathParam("interventionId") UUID interventionId,
            @Valid @NotNull(message = "a JSON body is required") InterventionRequest request) {
        return InterventionResponse.from(interventions.update(edition, id, interventionId, current -> request));
    }

    @PATCH
    @Path("/{id}/interventions/{interventionId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Change some fields of a talk (organiser)",
            description = "A JSON Merge Patch (RFC 7396, application/merge-patch+json): the fields it names change, null removes an "
                    + "optional one, the others keep their value; the result is validated like a full body. "
                    + "{\"status\": \"WITHDRAWN\"} takes the talk out of the running order.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = InterventionRequest.class)))
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such session or talk")
    @APIResponse(responseCode = "409", description = "The session is cancelled")
    public InterventionResponse patchIntervention(@PathParam("edition") String edition, @PathParam("id") UUID id,
            @PathParam("interventionId") UUID interventionId, String patch) {
        return InterventionResponse.from(interventions.update(edition, id, interventionId,
                current -> mergePatch.apply(current, patch, InterventionRequest.class)));
    }

    @PUT
    @Path("/{id}/interventions/order")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Reorder a session's talks in one request (organiser)",
            description = "Lists every talk still in the running order (withdrawn ones are not), first to last; positions are "
                    + "re-packed from 1. Answers the talks in their new order.")
    @APIResponse(responseCode = "200", description = "The talks in their new order")
    @APIResponse(responseCode = "404", description = "No such session in this edition")
    @APIResponse(responseCode = "409", description = "The session is cancelled")
    public List<InterventionResponse> reorder(@PathParam("edition") String edition, @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") RunningOrderRequest request) {
        return interventions.reorder(edition, id, request.order()).stream().map(InterventionResponse::from).toList();
    }
}
