package org.assises.registration.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

import org.assises.platform.paging.PageRequest;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.registration.domain.Participant;
import org.assises.registration.service.ParticipantQueryService;
import org.assises.registration.service.RegistrationService;

/** Organisers' work on participants: direct registration, search, export, cancellation, the waiting list by hand. */
@Path("/api/v1/participants")
@Tag(name = "Participants")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANISER)
public class ParticipantResource {

    private final RegistrationService service;
    private final ParticipantQueryService queries;

    public ParticipantResource(RegistrationService service, ParticipantQueryService queries) {
        this.service = service;
        this.queries = queries;
    }

    @POST
    @Operation(summary = "Register a participant directly (organiser)", description = "Takes a seat of the side if one is free "
            + "(participant.confirmed), else a place in the waiting list (participant.waitlisted).")
    @APIResponse(responseCode = "201", description = "Registered; Location points to the participant",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(responseCode = "409", description = "E-mail already registered, or a workshop or visit is full")
    public Response register(@Valid @NotNull(message = "a JSON body is required") CreateParticipantRequest request) {
        ParticipantResponse created = view(service.register(request));
        return Response.created(URI.create("/api/v1/participants/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "Search, filter and page participants (organiser)")
    @APIResponse(responseCode = "200", description = "One page of participants, ordered by name")
    public ParticipantPage search(@BeanParam ParticipantQuery query, @Valid @BeanParam PageRequest paging) {
        return queries.search(query.filter(), paging.page, paging.size);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "Export the participants that match as CSV (organiser); no passport data")
    @APIResponse(responseCode = "200", description = "CSV with a header row")
    public Response export(@BeanParam ParticipantQuery query) {
        return Response.ok(queries.exportCsv(query.filter()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"participants.csv\"").build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a participant, passport data included (organiser)")
    @APIResponse(responseCode = "200", description = "The participant")
    @APIResponse(responseCode = "404", description = "No such participant")
    public ParticipantResponse get(@PathParam("id") UUID id) {
        return service.find(id).map(this::view).orElseThrow(() -> ProblemException.notFound("No participant " + id));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Cancel a registration (organiser)", description = "The seat goes to the first in line.")
    @APIResponse(responseCode = "200", description = "The cancelled participant")
    @APIResponse(responseCode = "404", description = "No such participant")
    @APIResponse(responseCode = "409", description = "Already cancelled or withdrawn")
    public ParticipantResponse cancel(@PathParam("id") UUID id) {
        return view(service.cancelByOrganiser(id));
    }

    @POST
    @Path("/{id}/promote")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Promote a waitlisted participant out of order (organiser)", description = "Needs a free seat of the "
            + "side (and category, if capped): quotas are never oversold.")
    @APIResponse(responseCode = "200", description = "The promoted participant")
    @APIResponse(responseCode = "404", description = "No such participant")
    @APIResponse(responseCode = "409", description = "Not waitlisted (not-waitlisted), or no free seat (quota-full)")
    public ParticipantResponse promote(@PathParam("id") UUID id) {
        return view(service.promoteByOrganiser(id));
    }

    @PUT
    @Path("/{id}/waitlist-position")
    @Operation(summary = "Move a waitlisted participant to another position in line (organiser)")
    @APIResponse(responseCode = "200", description = "The side's waiting list in its new order")
    @APIResponse(responseCode = "404", description = "No such participant")
    @APIResponse(responseCode = "409", description = "Not waitlisted")
    public List<WaitlistEntry> move(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") WaitlistMove move) {
        List<Participant> line = service.moveInWaitlist(id, move.position());
        return java.util.stream.IntStream.range(0, line.size()).mapToObj(i -> {
            Participant p = line.get(i);
            return new WaitlistEntry(i + 1, p.id, p.familyName, p.givenName, p.nameZh, p.category, p.organisation, p.createdAt);
        }).toList();
    }

    private ParticipantResponse view(Participant p) {
        return ParticipantResponse.from(p, service.positionOf(p), service.delegationOf(p));
    }
}
