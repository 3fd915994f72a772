package org.assises.awards.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

import org.assises.awards.service.JuryService;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;

/** The Franco-Chinese jury of an edition and who scores what (organisers). */
@Path("/api/v1/editions/{edition}")
@Tag(name = "Jury")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANISER)
public class JuryResource {

    private final JuryService jury;

    public JuryResource(JuryService jury) {
        this.jury = jury;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/jurors")
    @Operation(summary = "Add a jury member (organiser)")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JurorView.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "409", description = "A juror with this subject exists (juror-exists)")
    public Response add(@PathParam("edition") @EditionCode String edition,
            @Valid @NotNull(message = "a JSON body is required") JurorRequest request) {
        JurorView juror = JurorView.from(jury.add(edition, request));
        return Response.created(URI.create("/api/v1/editions/" + edition + "/jurors/" + juror.id())).entity(juror).build();
    }

    @GET
    @Path("/jurors")
    @Operation(summary = "List the jury (organiser)")
    @APIResponse(responseCode = "200", description = "The jury members, French then Chinese")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<JurorView> jurors(@PathParam("edition") @EditionCode String edition) {
        return jury.ofEdition(edition).stream().map(JurorView::from).toList();
    }

    @GET
    @Path("/jurors/{id}")
    @Operation(summary = "Read a jury member (organiser)")
    @APIResponse(responseCode = "200", description = "The juror",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JurorView.class)))
    @APIResponse(responseCode = "404", description = "No such juror in this edition")
    public JurorView juror(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id) {
        return jury.find(edition, id).map(JurorView::from).orElseThrow(() -> ProblemException.notFound("No juror " + id + " in " + edition));
    }

    @DELETE
    @Path("/jurors/{id}")
    @Operation(summary = "Take a member off the jury, with their assignments and conflicts (organiser)",
            description = "Only while nothing they did counts: once they have scored, or are recorded present at the deliberation, "
                    + "they stay (409) and their sheets with them.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such juror in this edition")
    @APIResponse(responseCode = "409", description = "They have scored (juror-has-scores) or are present at the deliberation "
            + "(juror-in-deliberation)")
    public void remove(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id) {
        jury.remove(edition, id);
    }

    @DELETE
    @Path("/jurors/{id}/assignments/{applicationId}")
    @Operation(summary = "Take a juror off an application (organiser)",
            description = "Only before they score it: a sheet is never deleted (409 already-scored); to take a score out of the "
                    + "aggregates, confirm a conflict of interest, which leaves a trace. The application stays under review.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such juror or application in this edition, or not assigned")
    @APIResponse(responseCode = "409", description = "The juror has scored it (already-scored)")
    public void unassign(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id,
            @PathParam("applicationId") UUID applicationId) {
        jury.unassign(edition, id, applicationId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/assignments")
    @Operation(summary = "Assign a juror to an application by hand (organiser)")
    @APIResponse(responseCode = "201", description = "Assigned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "404", description = "No such juror or application in this edition")
    @APIResponse(responseCode = "409", description = "Not eligible (not-eligible), confirmed conflict (conflict-of-interest) or "
            + "already assigned (already-assigned)")
    public Response assign(@PathParam("edition") @EditionCode String edition,
            @Valid @NotNull(message = "a JSON body is required") AssignmentRequest request) {
        AssignmentView view = AssignmentView.from(jury.assign(edition, request.jurorId(), request.applicationId()));
        return Response.created(URI.create("/api/v1/editions/" + edition + "/assignments")).entity(view).build();
    }

    @GET
    @Path("/assignments")
    @Operation(summary = "List the assignments (organiser)")
    @APIResponse(responseCode = "200", description = "Every juror-application assignment")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<AssignmentView> assignments(@PathParam("edition") @EditionCode String edition) {
        return jury.assignmentsOf(edition).stream().map(AssignmentView::from).toList();
    }

    @POST
    @Path("/assignments/automatic")
    @Operation(summary = "Assign automatically (organiser)", description = "Every eligible application gets at least K French and K "
            + "Chinese jurors without conflict (potential or confirmed), the least loaded first; the report says what could not be done.")
    @APIResponse(responseCode = "200", description = "What was added, what is missing, each juror's load",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentReport.class)))
    @APIResponse(responseCode = "404", description = "No such edition, or no call")
    public AssignmentReport assignAutomatically(@PathParam("edition") @EditionCode String edition) {
        JuryService.AutomaticAssignment result = jury.assignAutomatically(edition);
        return new AssignmentReport(result.perSide(), result.added().stream().map(AssignmentView::from).toList(),
                result.plan().shortfalls().stream().map(s -> new AssignmentReport.Shortfall(s.applicationId(), s.side(), s.missing())).toList(),
                result.jurors().stream().map(j -> new AssignmentReport.Load(j.id, j.name, j.side, result.plan().loads().get(j.id)))
                        .toList());
    }
}
