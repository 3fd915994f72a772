package org.assises.awards.api;

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

import org.assises.awards.service.PrizeService;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;

/** The decentralised-cooperation prizes of an edition: per theme or special, as many as the organisers decide. */
@Path("/api/v1/editions/{edition}/prizes")
@Tag(name = "Call for applications")
@Produces(MediaType.APPLICATION_JSON)
public class PrizeResource {

    private final PrizeService service;

    public PrizeResource(PrizeService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Add a prize (organiser)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrizeView.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "409", description = "The edition already has a prize with this code (prize-exists)")
    public Response create(@PathParam("edition") @EditionCode String edition,
            @Valid @NotNull(message = "a JSON body is required") PrizeRequest request) {
        PrizeView created = PrizeView.from(service.create(edition, request));
        return Response.created(URI.create("/api/v1/editions/" + edition + "/prizes/" + created.id())).entity(created).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Change a prize, e.g. raise its number of laureates (organiser)")
    @APIResponse(responseCode = "200", description = "The changed prize",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrizeView.class)))
    @APIResponse(responseCode = "404", description = "No such prize in this edition")
    @APIResponse(responseCode = "409", description = "Code taken (prize-exists), or fewer places than decided laureates (prize-has-laureates)")
    public PrizeView update(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") PrizeRequest request) {
        return PrizeView.from(service.update(edition, id, request));
    }

    @GET
    @PermitAll
    @Operation(summary = "List the prizes of an edition (public)")
    @APIResponse(responseCode = "200", description = "The prizes")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<PrizeView> list(@PathParam("edition") @EditionCode String edition) {
        return service.ofEdition(edition).stream().map(PrizeView::from).toList();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Read a prize (public)")
    @APIResponse(responseCode = "200", description = "The prize",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrizeView.class)))
    @APIResponse(responseCode = "404", description = "No such prize in this edition")
    public PrizeView get(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id) {
        return service.find(edition, id).map(PrizeView::from)
                .orElseThrow(() -> ProblemException.notFound("No prize " + id + " in edition " + edition));
    }
}
