package org.assises.logistics.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import org.assises.logistics.domain.Place;
import org.assises.logistics.repository.PlaceRepository;
import org.assises.logistics.service.PlanQueries;
import org.assises.logistics.service.SettingsService;
import org.assises.logistics.service.Upserted;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;

/** The places of an edition: venues (the shortlist measures from them), airports, stations, the fair, the dinner, visit sites. */
@Path("/api/v1/editions/{edition}/places")
@Tag(name = "Places")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LOGISTICS, Roles.ORGANISER})
public class PlaceResource {

    private final SettingsService settings;
    private final PlanQueries queries;
    private final PlaceRepository places;

    public PlaceResource(SettingsService settings, PlanQueries queries, PlaceRepository places) {
        this.settings = settings;
        this.queries = queries;
        this.places = places;
    }

    @GET
    @Operation(summary = "The edition's places, by code (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The places")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<PlaceBody> list(@PathParam("edition") @EditionCode String edition) {
        queries.edition(edition);
        return places.ofEdition(edition).stream().map(PlaceBody::from).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One place (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The place")
    @APIResponse(responseCode = "404", description = "No such edition or place")
    public PlaceBody get(@PathParam("edition") @EditionCode String edition,
            @PathParam("code") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code) {
        queries.edition(edition);
        return places.find(edition, code).map(PlaceBody::from).orElseThrow(() -> ProblemException.notFound("No place " + code));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a place (logistics, organiser)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlaceBody.class)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlaceBody.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "409", description = "A hotel has this code")
    public Response put(@PathParam("edition") @EditionCode String edition,
            @PathParam("code") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code,
            @Valid @NotNull(message = "a JSON body is required") PlaceBody body) {
        Upserted<Place> result = settings.place(edition, code, body.toDraft());
        return Upserts.response(result, PlaceBody.from(result.value()), URI.create("/api/v1/editions/" + edition + "/places/" + code));
    }
}
