package org.assises.logistics.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.contracts.ParticipantAssignments;
import org.assises.logistics.service.Caller;
import org.assises.logistics.service.HandPlanningService;
import org.assises.logistics.service.PlanQueries;
import org.assises.logistics.service.PlanningService;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;

import io.quarkus.security.identity.SecurityIdentity;

/** The plan of an edition: run it, read its issues, rooms and changes, pin rooms, and each participant's assignments. */
@Path("/api/v1/editions/{edition}")
@Tag(name = "Plan")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LOGISTICS, Roles.ORGANISER})
public class PlanResource {

    private final PlanningService planning;
    private final HandPlanningService hand;
    private final PlanQueries queries;
    private final SecurityIdentity identity;

    public PlanResource(PlanningService planning, HandPlanningService hand, PlanQueries queries, SecurityIdentity identity) {
        this.planning = planning;
        this.hand = hand;
        this.queries = queries;
        this.identity = identity;
    }

    @POST
    @Path("/plan")
    @Operation(summary = "Plan the edition: rooms, VIP transfers, shuttles (logistics, organiser)",
            description = "Keeps pinned and still-valid assignments, changes only what must change, lists what could not be "
                    + "done. From the first run on, every registration or programme change re-plans on its own.")
    @APIResponse(responseCode = "200", description = "The plan in figures and its issues")
    @APIResponse(responseCode = "404", description = "No such edition")
    public PlanView plan(@PathParam("edition") @EditionCode String edition) {
        return PlanView.from(planning.plan(edition, "plan run by " + identity.getPrincipal().getName()));
    }

    @GET
    @Path("/plan")
    @Operation(summary = "The plan's figures and issues now, without changing anything (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The plan in figures and its issues")
    @APIResponse(responseCode = "404", description = "No such edition")
    public PlanView preview(@PathParam("edition") @EditionCode String edition) {
        return PlanView.from(queries.preview(edition));
    }

    @GET
    @Path("/rooms")
    @Operation(summary = "Every room assignment of the edition, by hotel and room (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The assignments")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<RoomView> rooms(@PathParam("edition") @EditionCode String edition) {
        return queries.rooms(edition, null).stream().map(RoomView::from).toList();
    }

    @PUT
    @Path("/rooms/{participantId}/pin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pin a participant's room by hand (logistics, organiser)", description = "Allocation keeps it.")
    @APIResponse(responseCode = "200", description = "The participant's room")
    @APIResponse(responseCode = "404", description = "No such edition, participant, hotel or room block")
    @APIResponse(responseCode = "409", description = "The participant needs no room, or the block has no room left for their nights")
    public RoomView pin(@PathParam("edition") @EditionCode String edition, @PathParam("participantId") UUID participantId,
            @Valid @NotNull(message = "a JSON body is required") RoomPinBody body) {
        hand.pinRoom(edition, participantId, body.hotel(), body.roomType(), body.room(), identity.getPrincipal().getName());
        return room(edition, participantId);
    }

    @DELETE
    @Path("/rooms/{participantId}/pin")
    @Operation(summary = "Unpin a participant's room: allocation may move it again (logistics, organiser)")
    @APIResponse(responseCode = "204", description = "Unpinned")
    @APIResponse(responseCode = "404", description = "No such edition or participant, or no pinned room")
    public void unpin(@PathParam("edition") @EditionCode String edition, @PathParam("participantId") UUID participantId) {
        hand.unpinRoom(edition, participantId, identity.getPrincipal().getName());
    }

    @GET
    @Path("/changes")
    @Operation(summary = "What moved in the plans since a point in time: for whom, from what to what, why (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<ChangeView> changes(@PathParam("edition") @EditionCode String edition,
            @Parameter(description = "ISO-8601 time with offset, e.g. 2018-12-01T00:00:00+01:00")
            @QueryParam("since") @NotNull(message = "since is required, e.g. 2018-12-01T00:00:00+01:00") OffsetDateTime since,
            @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(5000) int limit) {
        return queries.changes(edition, since, limit).stream().map(ChangeView::from).toList();
    }

    @GET
    @Path("/participants/{participantId}/assignments")
    @RolesAllowed({Roles.LOGISTICS, Roles.ORGANISER, Roles.APCAE})
    @Operation(summary = "A participant's room, pickups and shuttle seats (logistics, organiser; APCAE for its own delegations)")
    @APIResponse(responseCode = "200", description = "The assignments")
    @APIResponse(responseCode = "404", description = "No such edition or participant, or not the caller's")
    public ParticipantAssignments assignments(@PathParam("edition") @EditionCode String edition,
            @PathParam("participantId") UUID participantId) {
        return queries.assignments(edition, participantId, caller());
    }

    @GET
    @Path("/delegations/{delegationId}/assignments")
    @RolesAllowed({Roles.LOGISTICS, Roles.ORGANISER, Roles.APCAE})
    @Operation(summary = "The assignments of a delegation's members (logistics, organiser; APCAE for its own delegations)")
    @APIResponse(responseCode = "200", description = "One entry per member")
    @APIResponse(responseCode = "404", description = "No such edition or delegation, or not the caller's")
    public List<ParticipantAssignments> delegation(@PathParam("edition") @EditionCode String edition,
            @PathParam("delegationId") @Pattern(regexp = "[A-Za-z0-9._-]{1,60}") String delegationId) {
        return queries.delegationAssignments(edition, delegationId, caller());
    }

    private RoomView room(String edition, UUID participantId) {
        return queries.rooms(edition, null).stream().filter(l -> l.participant().id.equals(participantId)).map(RoomView::from)
                .findFirst().orElseThrow(() -> ProblemException.notFound("Participant " + participantId + " has no room"));
    }

    private Caller caller() {
        return new Caller(identity.getPrincipal().getName(), identity.hasRole(Roles.LOGISTICS) || identity.hasRole(Roles.ORGANISER));
    }
}
