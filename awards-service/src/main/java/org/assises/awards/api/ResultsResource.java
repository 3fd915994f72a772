package org.assises.awards.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.awards.service.ResultsService;
import org.assises.contracts.AwardResults;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;

/**
 * The laureates: public from the ceremony time, not a second before (the answer before is the same
 * 404 as for an edition without a prize, so nothing leaks, not even a count); organisers have the list
 * earlier to prepare the diplomas.
 */
@Path("/api/v1/editions/{edition}")
@Tag(name = "Results")
public class ResultsResource {

    private final ResultsService results;

    public ResultsResource(ResultsService results) {
        this.results = results;
    }

    @GET
    @Path("/results")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The laureates, bilingual (public, from the ceremony time)")
    @APIResponse(responseCode = "200", description = "Every prize with its laureates, and the mentions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardResults.class)))
    @APIResponse(responseCode = "404", description = "No published results (before the ceremony, or no such edition)")
    public Response published(@PathParam("edition") @EditionCode String edition) {
        String announced = results.published(edition).orElseThrow(() -> ProblemException.notFound("No published results for " + edition));
        return Response.ok(announced, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/laureates")
    @RolesAllowed(Roles.ORGANISER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The laureates as decided, before the ceremony too (organiser)")
    @APIResponse(responseCode = "200", description = "Every prize with its laureates, and the mentions; publishedAt null until published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardResults.class)))
    @APIResponse(responseCode = "404", description = "No such edition, or no call")
    public AwardResults laureates(@PathParam("edition") @EditionCode String edition) {
        return results.forOrganisers(edition);
    }

    @GET
    @Path("/laureates.csv")
    @RolesAllowed(Roles.ORGANISER)
    @Produces("text/csv")
    @Operation(summary = "The list of laureates, CSV, for the diplomas (organiser)")
    @APIResponse(responseCode = "200", description = "One line per laureate then per mention, with a header row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such edition, or no call")
    public Response laureatesCsv(@PathParam("edition") @EditionCode String edition) {
        return Response.ok(RankingSheet.laureatesCsv(results.forOrganisers(edition)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"laureates-" + edition + ".csv\"").build();
    }
}
