package org.assises.registration.api;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.registration.service.ParticipantService;

/** Participants registered by organisers. */
@Path("/api/v1/participants")
@Tag(name = "Participants")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantResource {

    private final ParticipantService service;

    public ParticipantResource(ParticipantService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Register a participant (organiser)", description = "Confirmed at once; emits participant.confirmed.")
    @APIResponse(responseCode = "201", description = "Registered; Location points to the participant")
    public Response register(@Valid @NotNull(message = "a JSON body is required") CreateParticipantRequest request) {
        ParticipantResponse created = ParticipantResponse.from(service.register(request));
        return Response.created(URI.create("/api/v1/participants/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Read a participant (organiser)")
    @APIResponse(responseCode = "200", description = "The participant")
    @APIResponse(responseCode = "404", description = "No such participant")
    public ParticipantResponse get(@PathParam("id") UUID id) {
        return service.find(id).map(ParticipantResponse::from)
                .orElseThrow(() -> ProblemException.notFound("No participant " + id));
    }
}
