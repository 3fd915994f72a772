package org.assises.programme.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
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

import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;
import org.assises.programme.service.ReferenceProgrammeLoader;

/** Loads a bundled reference programme (the 2018 edition of the minutes). */
@Path("/api/v1/editions/{edition}/reference-programme")
@Tag(name = "Editions")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceProgrammeResource {

    private final ReferenceProgrammeLoader loader;

    public ReferenceProgrammeResource(ReferenceProgrammeLoader loader) {
        this.loader = loader;
    }

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Load the edition's bundled reference programme (organiser)",
            description = "Creates the edition, venues, rooms, sessions, speakers, talks and open items. Idempotent: once "
                    + "loaded, a second call changes nothing and answers 200 with loaded=false.")
    @APIResponse(responseCode = "201", description = "Loaded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceProgrammeLoader.Result.class)))
    @APIResponse(responseCode = "200", description = "Already loaded; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceProgrammeLoader.Result.class)))
    @APIResponse(responseCode = "404", description = "No reference programme is bundled for this edition")
    public Response load(@PathParam("edition") @EditionCode String edition) {
        ReferenceProgrammeLoader.Result result = loader.load(edition);
        return result.loaded()
                ? Response.created(URI.create("/api/v1/editions/" + edition + "/sessions")).entity(result).build()
                : Response.ok(result).build();
    }
}
