package org.assises.programme.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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
import org.assises.programme.service.RoomService;

/** The rooms of a venue and their capacities. */
@Path("/api/v1/editions/{edition}/venues/{venueId}/rooms")
@Tag(name = "Venues")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RoomResource {

    private final RoomService service;

    public RoomResource(RoomService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Create a room in a venue (organiser)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoomResponse.class)))
    @APIResponse(responseCode = "404", description = "No such venue in this edition")
    public Response create(@PathParam("edition") String edition, @PathParam("venueId") UUID venueId,
            @Valid @NotNull(message = "a JSON body is required") RoomRequest request) {
        RoomResponse created = RoomResponse.from(service.create(edition, venueId, request));
        return Response.created(URI.create("/api/v1/editions/" + edition + "/venues/" + venueId + "/rooms/" + created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("/{roomId}")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Change a room's name or capacity (organiser)",
            description = "Sessions held there whose capacity changes are announced with session.changed.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such venue or room")
    public RoomResponse update(@PathParam("edition") String edition, @PathParam("venueId") UUID venueId,
            @PathParam("roomId") UUID roomId, @Valid @NotNull(message = "a JSON body is required") RoomRequest request) {
        return RoomResponse.from(service.update(edition, venueId, roomId, request));
    }

    @GET
    @PermitAll
    @Operation(summary = "List the rooms of a venue (public)")
    @APIResponse(responseCode = "200", description = "The rooms")
    @APIResponse(responseCode = "404", description = "No such venue in this edition")
    public List<RoomResponse> list(@PathParam("edition") String edition, @PathParam("venueId") UUID venueId) {
        return service.ofVenue(edition, venueId).stream().map(RoomResponse::from).toList();
    }

    @GET
    @Path("/{roomId}")
    @PermitAll
    @Operation(summary = "Read a room (public)")
    @APIResponse(responseCode = "200", description = "The room")
    @APIResponse(responseCode = "404", description = "No such room")
    public RoomResponse get(@PathParam("edition") String edition, @PathParam("venueId") UUID venueId, @PathParam("roomId") UUID roomId) {
        return service.find(edition, venueId, roomId).map(RoomResponse::from)
                .orElseThrow(() -> ProblemException.notFound("No room " + roomId + " in venue " + venueId));
    }
}
