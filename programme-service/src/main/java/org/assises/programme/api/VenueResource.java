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
import org.assises.platform.validation.EditionCode;
import org.assises.programme.service.VenueService;

/** The places of an edition. */
@Path("/api/v1/editions/{edition}/venues")
@Tag(name = "Venues")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class VenueResource {

    private final VenueService service;

    public VenueResource(VenueService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Create a venue (organiser)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VenueResponse.class)))
    public Response create(@PathParam("edition") @EditionCode String edition,
            @Valid @NotNull(message = "a JSON body is required") VenueRequest request) {
        VenueResponse created = VenueResponse.from(service.create(edition, request));
        return Response.created(URI.create("/api/v1/editions/" + edition + "/venues/" + created.id())).entity(created).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List the venues of an edition (public)")
    @APIResponse(responseCode = "200", description = "The venues")
    public List<VenueResponse> list(@PathParam("edition") String edition) {
        return service.ofEdition(edition).stream().map(VenueResponse::from).toList();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Read a venue (public)")
    @APIResponse(responseCode = "200", description = "The venue")
    @APIResponse(responseCode = "404", description = "No such venue in this edition")
    public VenueResponse get(@PathParam("edition") String edition, @PathParam("id") UUID id) {
        return service.find(edition, id).map(VenueResponse::from)
                .orElseThrow(() -> ProblemException.notFound("No venue " + id + " in edition " + edition));
    }
}
