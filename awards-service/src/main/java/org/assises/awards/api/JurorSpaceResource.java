package org.assises.awards.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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

import org.assises.awards.domain.ConflictOrigin;
import org.assises.awards.domain.Juror;
import org.assises.awards.service.ConflictService;
import org.assises.awards.service.DeliberationService;
import org.assises.awards.service.JuryService;
import org.assises.awards.service.ScoringService;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * A juror's own space (role jury, the token's subject is the juror): the applications assigned to
 * them and not conflicted, their scores, their declarations of conflict, the closed deliberation's
 * record. Anything else is a 404.
 */
@Path("/api/v1/editions/{edition}/jury/me")
@Tag(name = "Juror")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.JURY)
public class JurorSpaceResource {

    private final JuryService jury;
    private final ScoringService scoring;
    private final ConflictService conflicts;
    private final DeliberationService deliberations;
    private final SecurityIdentity identity;

    public JurorSpaceResource(JuryService jury, ScoringService scoring, ConflictService conflicts, DeliberationService deliberations,
            SecurityIdentity identity) {
        this.jury = jury;
        this.scoring = scoring;
        this.conflicts = conflicts;
        this.deliberations = deliberations;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Who I am in this jury")
    @APIResponse(responseCode = "200", description = "The juror",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JurorView.class)))
    @APIResponse(responseCode = "403", description = "Not a member of this edition's jury (not-a-juror)")
    @APIResponse(responseCode = "404", description = "No such edition")
    public JurorView me(@PathParam("edition") @EditionCode String edition) {
        return JurorView.from(caller(edition));
    }

    @GET
    @Path("/applications")
    @Operation(summary = "The applications assigned to me (without those I am in conflict with)")
    @APIResponse(responseCode = "200", description = "The applications, without their contacts")
    @APIResponse(responseCode = "403", description = "Not a member of this edition's jury (not-a-juror)")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<ApplicationView> applications(@PathParam("edition") @EditionCode String edition) {
        return jury.assignedTo(caller(edition)).stream().map(ApplicationView::forJuror).toList();
    }

    @GET
    @Path("/applications/{id}")
    @Operation(summary = "Read an application assigned to me")
    @APIResponse(responseCode = "200", description = "The application, without its contacts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "403", description = "Not a member of this edition's jury (not-a-juror)")
    @APIResponse(responseCode = "404", description = "Not assigned to me, conflicted, or no such application")
    public ApplicationView application(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id) {
        return jury.readable(caller(edition), id).map(ApplicationView::forJuror)
                .orElseThrow(() -> ProblemException.notFound("No application " + id + " assigned to you"));
    }

    @GET
    @Path("/applications/{id}/scores")
    @Operation(summary = "My score sheet on an application")
    @APIResponse(responseCode = "200", description = "My sheet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreSheetView.class)))
    @APIResponse(responseCode = "403", description = "Not a member of this edition's jury (not-a-juror)")
    @APIResponse(responseCode = "404", description = "Not assigned to me, conflicted, or not scored yet")
    public ScoreSheetView myScores(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id) {
        return scoring.mine(caller(edition), id).map(s -> ScoreSheetView.from(s.sheet(), s.total(), s.excluded()))
                .orElseThrow(() -> ProblemException.notFound("You have not scored application " + id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/applications/{id}/scores")
    @Operation(summary = "Score an application assigned to me, or change my scores, while the scoring phase is open",
            description = "One score per criterion of the rulebook, on its scale; every change is kept.")
    @APIResponse(responseCode = "200", description = "My sheet with its weighted total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoreSheetView.class)))
    @APIResponse(responseCode = "403", description = "Not a member of this edition's jury (not-a-juror)")
    @APIResponse(responseCode = "404", description = "Not assigned to me, or conflicted")
    @APIResponse(responseCode = "409", description = "The scoring phase is not open (scoring-closed)")
    public ScoreSheetView score(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ScoreRequest request) {
        ScoringService.ScoredSheet sheet = scoring.score(caller(edition), id, request);
        return ScoreSheetView.from(sheet.sheet(), sheet.total(), sheet.excluded());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/conflicts")
    @Operation(summary = "Declare a conflict of interest with an application (confirmed at once)")
    @APIResponse(responseCode = "201", description = "Declared",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConflictView.class)))
    @APIResponse(responseCode = "403", description = "Not a member of this edition's jury (not-a-juror)")
    @APIResponse(responseCode = "404", description = "No such application in this edition")
    @APIResponse(responseCode = "409", description = "Already declared (conflict-exists)")
    public Response declare(@PathParam("edition") @EditionCode String edition,
            @Valid @NotNull(message = "a JSON body is required") ConflictRequest request) {
        Juror juror = caller(edition);
        if (request.jurorId() != null && !request.jurorId().equals(juror.id)) {
            throw ProblemException.invalid("jurorId", "a juror declares their own conflicts: leave it out or give your own id");
        }
        ConflictView view = ConflictView.from(conflicts.declare(edition, juror.id, request.applicationId(), request.type(),
                request.reason(), ConflictOrigin.JUROR, juror.subject));
        return Response.created(URI.create("/api/v1/editions/" + edition + "/jury/me/conflicts")).entity(view).build();
    }

    @GET
    @Path("/conflicts")
    @Operation(summary = "My conflicts of interest")
    @APIResponse(responseCode = "200", description = "The conflicts that concern me")
    @APIResponse(responseCode = "403", description = "Not a member of this edition's jury (not-a-juror)")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<ConflictView> myConflicts(@PathParam("edition") @EditionCode String edition) {
        return jury.conflictsOf(caller(edition)).stream().map(ConflictView::from).toList();
    }

    @GET
    @Path("/deliberation")
    @Operation(summary = "The record of the jury's meeting, once closed: members present, recusals, decisions with their vote and reason",
            description = "Readable by every member of this edition's jury once the deliberation is closed (its decisions are then "
                    + "final), before the ceremony too: the jury is bound by the embargo. Never to anyone outside the jury.")
    @APIResponse(responseCode = "200", description = "The closed record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliberationView.class)))
    @APIResponse(responseCode = "403", description = "Not a member of this edition's jury (not-a-juror)")
    @APIResponse(responseCode = "404", description = "No such edition, or the deliberation is not opened or not closed yet")
    public DeliberationView deliberation(@PathParam("edition") @EditionCode String edition) {
        caller(edition);
        return deliberations.findClosed(edition).map(DeliberationView::from)
                .orElseThrow(() -> ProblemException.notFound("The deliberation of " + edition + " is not closed: its record is not final"));
    }

    private Juror caller(String edition) {
        return jury.caller(edition, identity.getPrincipal().getName());
    }
}
