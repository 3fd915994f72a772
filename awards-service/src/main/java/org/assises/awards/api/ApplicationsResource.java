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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.awards.domain.ApplicationStatus;
import org.assises.awards.service.ApplicationService;
import org.assises.awards.service.ScoringService;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.ratelimit.RateLimited;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;

/** Applications of an edition: submitted by partnerships (anonymous), screened and followed by organisers. */
@Path("/api/v1/editions/{edition}/applications")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

    private final ApplicationService applications;
    private final ScoringService scoring;

    public ApplicationsResource(ApplicationService applications, ScoringService scoring) {
        this.applications = applications;
        this.scoring = scoring;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @RateLimited("anonymous-write")
    @Operation(summary = "Apply for the prize (anonymous partnership)", description = "Until the call's deadline. The answer "
            + "carries the secret token that opens the application; a retry with the same Idempotency-Key and body returns the "
            + "same application and token.")
    @APIResponse(responseCode = "201", description = "Submitted; keep the token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "200", description = "A retry: the application the first request submitted, with its token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "404", description = "No such edition, or its call is not opened")
    @APIResponse(responseCode = "409", description = "The call is closed (call-closed), or a concurrent request with the same key "
            + "won (submission-in-progress)")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different application")
    @APIResponse(responseCode = "429", description = "Too many anonymous writes from this address; retry after Retry-After seconds")
    public Response submit(@PathParam("edition") @EditionCode String edition,
            @Parameter(description = "Any unique string (1 to 200 characters); a retry with the same key and body returns the first answer")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") ApplicationRequest request) {
        ApplicationService.Submission submission = applications.submit(edition, request, idempotencyKey);
        SubmissionView view = new SubmissionView(ApplicationView.forApplicant(submission.application(), false), submission.token());
        return Response.status(submission.first() ? 201 : 200)
                .location(URI.create("/api/v1/applications/" + submission.application().id)).entity(view).build();
    }

    @GET
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "List the applications of an edition (organiser)")
    @APIResponse(responseCode = "200", description = "The applications, oldest first")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<ApplicationView> list(@PathParam("edition") @EditionCode String edition,
            @Parameter(description = "Only this status") @QueryParam("status") ApplicationStatus status) {
        return applications.ofEdition(edition, status).stream().map(ApplicationView::forOrganiser).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Read an application (organiser)")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application in this edition")
    public ApplicationView get(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id) {
        return applications.find(edition, id).map(ApplicationView::forOrganiser)
                .orElseThrow(() -> ProblemException.notFound("No application " + id + " in " + edition));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/screening")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Screen an application: ELIGIBLE, or INELIGIBLE with the reason (organiser)")
    @APIResponse(responseCode = "200", description = "The screened application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application in this edition")
    @APIResponse(responseCode = "409", description = "Its status does not allow it (invalid-transition)")
    public ApplicationView screen(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") ScreeningRequest request) {
        return ApplicationView.forOrganiser(applications.screen(edition, id, request.status(), request.reason()));
    }

    @GET
    @Path("/{id}/scores")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Every juror's score sheet on an application, and their history (organiser)")
    @APIResponse(responseCode = "200", description = "Sheets (excluded when a confirmed conflict takes them out) and history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationScores.class)))
    @APIResponse(responseCode = "404", description = "No such application in this edition, or no call")
    public ApplicationScores scores(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id) {
        ScoringService.ApplicationSheets sheets = scoring.ofApplication(edition, id);
        return new ApplicationScores(
                sheets.sheets().stream().map(s -> ScoreSheetView.from(s.sheet(), s.total(), s.excluded())).toList(),
                sheets.history().stream().map(ScoreChangeView::from).toList());
    }
}
