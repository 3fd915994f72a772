package org.assises.programme.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.security.Roles;
import org.assises.programme.service.EditionService;
import org.assises.programme.service.WarningService;

/** The conflict warnings of the working programme. */
@Path("/api/v1/editions/{edition}/warnings")
@Tag(name = "Sessions")
@Produces(MediaType.APPLICATION_JSON)
public class WarningResource {

    private final WarningService warnings;
    private final EditionService editions;

    public WarningResource(WarningService warnings, EditionService editions) {
        this.warnings = warnings;
        this.editions = editions;
    }

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.LOGISTICS})
    @Operation(summary = "List the conflict warnings of the working programme (organiser, logistics)",
            description = "Room or speaker double-booked, talks overflowing their session, sessions outside the edition's days, "
                    + "more sign-ups than seats, workshop clashes. Warnings never block editing.")
    @APIResponse(responseCode = "200", description = "The warnings")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<WarningResponse> list(@PathParam("edition") String edition) {
        WarningService.Result result = warnings.compute(editions.require(edition));
        return result.warnings().stream().map(w -> WarningResponse.from(w, result.codes())).toList();
    }
}
