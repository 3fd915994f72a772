package org.assises.programme.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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
import org.assises.programme.service.RoomService;

/** The rooms of a venue and their capacities. */
@Path("/api/v1/editions/{edition}/venues/{venueId}/rooms")
@Tag(name = "Venues")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RoomResource {

    private final RoomService service;

    private final MergePatch mergePatch;

    public RoomResource(RoomService service, MergePatch mergePatch) {
        this.service = service;
        this.mergePatch = mergePatch;
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
    @Operation(summary = "Replace a room's name and capacity (organiser)",
            description = "A full replacement: a capacity left out means no fixed limit. Lowering it below a session's own capacity is "
                    + "refused (409 naming the sessions). Sessions held there whose capacity changes are announced with session.changed.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such venue or room")
    @APIResponse(responseCode = "409", description = "Sessions held there have a larger capacity of their own")
    public RoomResponse update(@PathParam("edition") String edition, @PathParam("venueId") UUID venueId,
            @PathParam("roomId") UUID roomId, @Valid @NotNull(message = "a JSON body is required") RoomRequest request) {
        return RoomResponse.from(service.update(edition, venueId, roomId, current -> request));
    }

    @PATCH
    @Path("/{roomId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Change some fields of a room (organiser)",
            description = "A JSON Merge Patch (RFC 7396, application/merge-patch+json): the fields it names change, null removes an optional one, "
                    + "the others keep their value; the result is validated like a full body." + " Same capacity rule and events as PUT.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = RoomRequest.class)))
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such venue or room")
    @APIResponse(responseCode = "409", description = "Sessions held there have a larger capacity of their own")
    public RoomResponse patch(@PathParam("edition") String edition, @PathParam("venueId") UUID venueId,
            @PathParam("roomId") UUID roomId, String patch) {
        return RoomResponse.from(service.update(edition, venueId, roomId, current -> mergePatch.apply(current, patch, RoomRequest.class)));
    }

    @DELETE
    @Path("/{roomId}")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Delete a room created by mistake (organiser)", description = "Only a room no session uses and no published version shows.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such venue or room")
    @APIResponse(responseCode = "409", description = "Sessions use it, or a published version shows it")
    public void delete(@PathParam("edition") String edition, @PathParam("venueId") UUID venueId, @PathParam("roomId") UUID roomId) {
        service.delete(edition, venueId, roomId);
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
