package org.assises.programme.api;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.assises.platform.validation.EditionCode;
import org.assises.programme.service.EditionService;

/** Editions and their days. */
@Path("/api/v1/editions/{edition}")
@Tag(name = "Editions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EditionResource {

    private final EditionService service;

    public EditionResource(EditionService service) {
        this.service = service;
    }

    @PUT
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Create or update an edition: name, days, time zone, main venue (organiser)", description = "The one place an edition is created; the other services learn it from the assises.programme.edition.created/changed events on programme.editions.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditionResponse.class)))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditionResponse.class)))
    public Response save(@PathParam("edition") @EditionCode String edition,
            @Valid @NotNull(message = "a JSON body is required") EditionRequest request) {
        EditionService.Saved saved = service.save(edition, request);
        EditionResponse body = EditionResponse.from(saved.edition());
        return saved.created() ? Response.created(URI.create("/api/v1/editions/" + edition)).entity(body).build()
                : Response.ok(body).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Read an edition (public)")
    @APIResponse(responseCode = "200", description = "The edition")
    @APIResponse(responseCode = "404", description = "No such edition")
    public EditionResponse get(@PathParam("edition") String edition) {
        return service.find(edition).map(EditionResponse::from).orElseThrow(() -> ProblemException.notFound("No edition " + edition));
    }
}
