package org.assises.awards.api;

import java.util.List;

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

import org.assises.awards.domain.Application;
import org.assises.awards.domain.Standings;
import org.assises.awards.service.ScoringService;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;

/** The ranking per prize for the jury meeting, as JSON, CSV or an XLSX sheet (organisers). */
@Path("/api/v1/editions/{edition}")
@Tag(name = "Deliberation")
@RolesAllowed(Roles.ORGANISER)
public class RankingResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ScoringService scoring;

    public RankingResource(ScoringService scoring) {
        this.scoring = scoring;
    }

    @GET
    @Path("/ranking")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The ranking per prize: aggregates (mean or median), dispersion, jurors disagree, quorum (organiser)")
    @APIResponse(responseCode = "200", description = "The ranking",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RankingView.class)))
    @APIResponse(responseCode = "404", description = "No such edition, or no call")
    public RankingView ranking(@PathParam("edition") @EditionCode String edition) {
        return view(scoring.ranking(edition));
    }

    @GET
    @Path("/ranking.csv")
    @Produces("text/csv")
    @Operation(summary = "The ranking sheet for the jury meeting, CSV (organiser)")
    @APIResponse(responseCode = "200", description = "One line per prize and application, with a header row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such edition, or no call")
    public Response csv(@PathParam("edition") @EditionCode String edition) {
        return Response.ok(RankingSheet.csv(view(scoring.ranking(edition))), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ranking-" + edition + ".csv\"").build();
    }

    @GET
    @Path("/ranking.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The ranking sheet for the jury meeting, XLSX with one sheet per prize (organiser)")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    @APIResponse(responseCode = "404", description = "No such edition, or no call")
    public Response xlsx(@PathParam("edition") @EditionCode String edition) {
        return Response.ok(RankingSheet.xlsx(view(scoring.ranking(edition))), XLSX)
                .header("Content-Disposition", "attachment; filename=\"ranking-" + edition + ".xlsx\"").build();
    }

    static RankingView view(ScoringService.Ranking ranking) {
        Standings standings = ranking.standings();
        List<RankingView.PrizeRanking> prizes = ranking.prizes().stream()
                .map(p -> new RankingView.PrizeRanking(p.id, p.code, p.name.text(), p.theme, p.laureates,
                        standings.ranking(p.theme).stream().map(line -> line(line, ranking.applications().get(line.standing().applicationId())))
                                .toList()))
                .toList();
        return new RankingView(ranking.call().edition, ranking.call().aggregation, ranking.call().quorum, prizes);
    }

    private static RankingView.Line line(Standings.Line line, Application a) {
        Standings.Standing s = line.standing();
        return new RankingView.Line(line.rank(), a.id, a.title.text(), a.frenchGovernment.text(), a.chineseGovernment.text(), a.theme,
                s.aggregate(), s.dispersion(), s.disagree(), s.scores(), s.french(), s.chinese(), s.excluded(), s.notRankedBecause());
    }
}
