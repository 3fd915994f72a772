package org.assises.programme.api;

import java.net.URI;
import java.util.List;
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

    public SessionResource(SessionService sessions, InterventionService interventions) {
        this.sessions = sessions;
        this.interventions = interventions;
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
    @Operation(summary = "Change a session (organiser)",
            description = "Replaces the session's state. Emits session.changed, or session.cancelled when it moves to CANCELLED.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such session in this edition")
    @APIResponse(responseCode = "409", description = "Status transition not allowed, or the code would change")
    public SessionResponse update(@PathParam("edition") String edition, @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") SessionRequest request) {
        sessions.update(edition, id, request);
        return sessions.details(edition, id).map(SessionResponse::from).orElseThrow();
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
    @Operation(summary = "Change a talk: speaker, title, place, duration, status (organiser)")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such session or talk")
    @APIResponse(responseCode = "409", description = "The session is cancelled (session-cancelled), or another talk has this position (position-taken)")
    public InterventionResponse updateIntervention(@PathParam("edition") String edition, @PathParam("id") UUID id,
            @PathParam("interventionId") UUID interventionId,
            @Valid @NotNull(message = "a JSON body is required") InterventionRequest request) {
        return InterventionResponse.from(interventions.update(edition, id, interventionId, request));
    }
}
