package org.assises.logistics.api;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.logistics.service.PlanQueries;
import org.assises.logistics.service.SettingsService;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;

/** Logistics' own settings of an edition: the hotel specification and how transport is planned. */
@Path("/api/v1/editions/{edition}")
@Tag(name = "Settings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LOGISTICS, Roles.ORGANISER})
public class SettingsResource {

    private final SettingsService settings;
    private final PlanQueries queries;

    public SettingsResource(SettingsService settings, PlanQueries queries) {
        this.settings = settings;
        this.queries = queries;
    }

    @GET
    @Path("/hotel-specification")
    @Operation(summary = "The hotel specification of the edition (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The specification")
    @APIResponse(responseCode = "404", description = "No such edition (editions come from programme-service)")
    public HotelSpecificationBody specification(@PathParam("edition") @EditionCode String edition) {
        return HotelSpecificationBody.from(queries.edition(edition));
    }

    @PUT
    @Path("/hotel-specification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the hotel specification (logistics, organiser)", description = "E.g. at most 150 EUR a night "
            + "with breakfast, a kettle in the room, at most 20 minutes' walk from the venue.")
    @APIResponse(responseCode = "200", description = "The specification as stored")
    @APIResponse(responseCode = "404", description = "No such edition")
    public HotelSpecificationBody specify(@PathParam("edition") @EditionCode String edition,
            @Valid @NotNull(message = "a JSON body is required") HotelSpecificationBody body) {
        return HotelSpecificationBody.from(settings.specify(edition, body.toDomain()));
    }

    @GET
    @Path("/planning-settings")
    @Operation(summary = "How transport is planned for the edition (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The settings")
    @APIResponse(responseCode = "404", description = "No such edition")
    public PlanningSettingsBody planningSettings(@PathParam("edition") @EditionCode String edition) {
        return PlanningSettingsBody.from(queries.edition(edition));
    }

    @PUT
    @Path("/planning-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change how transport is planned (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The settings as stored")
    @APIResponse(responseCode = "404", description = "No such edition")
    public PlanningSettingsBody changePlanningSettings(@PathParam("edition") @EditionCode String edition,
            @Valid @NotNull(message = "a JSON body is required") PlanningSettingsBody body) {
        return PlanningSettingsBody.from(settings.planningSettings(edition, body.pickupMarginMinutes(), body.arrivalWindowMinutes(),
                body.morningRunAt()));
    }
}
