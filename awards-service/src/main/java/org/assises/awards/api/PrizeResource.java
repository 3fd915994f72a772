package org.assises.awards.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.assises.awards.service.PrizeService;

/** The decentralised-cooperation prizes of an edition. */
@Path("/api/v1/editions/{edition}/prizes")
@Tag(name = "Prizes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PrizeResource {

    private final PrizeService service;

    public PrizeResource(PrizeService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Create a prize (organiser)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The edition already has a prize of that name")
    public Response create(@PathParam("edition") @Pattern(regexp = "[a-z0-9-]{3,50}") String edition,
            @Valid @NotNull(message = "a JSON body is required") PrizeRequest request) {
        PrizeResponse created = PrizeResponse.from(service.create(edition, request));
        return Response.created(URI.create("/api/v1/editions/" + edition + "/prizes/" + created.id())).entity(created).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List the prizes of an edition (public)")
    @APIResponse(responseCode = "200", description = "The prizes")
    public List<PrizeResponse> list(@PathParam("edition") String edition) {
        return service.ofEdition(edition).stream().map(PrizeResponse::from).toList();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Read a prize (public)")
    @APIResponse(responseCode = "200", description = "The prize")
    @APIResponse(responseCode = "404", description = "No such prize in this edition")
    public PrizeResponse get(@PathParam("edition") String edition, @PathParam("id") UUID id) {
        return service.find(edition, id).map(PrizeResponse::from)
                .orElseThrow(() -> ProblemException.notFound("No prize " + id + " in edition " + edition));
    }
}
