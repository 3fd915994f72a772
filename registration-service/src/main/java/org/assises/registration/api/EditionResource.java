package org.assises.registration.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.contracts.Side;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.registration.domain.Edition;
import org.assises.registration.service.EditionService;
import org.assises.registration.service.ParticipantQueryService;

/** Editions, their quotas and catalogue, and the organisers' views of an edition (waiting lists, counts). */
@Path("/api/v1/editions")
@Tag(name = "Editions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EditionResource {

    private final EditionService editions;
    private final ParticipantQueryService queries;

    public EditionResource(EditionService editions, ParticipantQueryService queries) {
        this.editions = editions;
        this.queries = queries;
    }

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Create an edition with its quotas and catalogue (organiser)")
    @APIResponse(responseCode = "201", description = "Created; Location points to the edition")
    @APIResponse(responseCode = "409", description = "An edition with this code exists")
    public Response create(@Valid @NotNull(message = "a JSON body is required") EditionRequest request) {
        Edition e = editions.create(request);
        return Response.created(URI.create("/api/v1/editions/" + e.code)).entity(view(e)).build();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Read an edition with its quotas, seats taken and waiting lists (organiser)")
    @APIResponse(responseCode = "200", description = "The edition")
    @APIResponse(responseCode = "404", description = "No such edition")
    public EditionResponse get(@PathParam("code") String code) {
        return view(editions.find(code).orElseThrow(() -> ProblemException.notFound("No edition " + code)));
    }

    @PUT
    @Path("/{code}/quotas")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Change the quotas (organiser)", description = "Lowering a quota below the seats taken is refused; "
            + "raised quotas are filled from the waiting lists at once.")
    @APIResponse(responseCode = "200", description = "The edition with its new quotas")
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "409", description = "A quota would go below the seats taken (quota-below-taken)")
    public EditionResponse updateQuotas(@PathParam("code") String code,
            @Valid @NotNull(message = "a JSON body is required") QuotasRequest request) {
        editions.updateQuotas(code, request);
        return get(code);
    }

    @GET
    @Path("/{code}/catalogue")
    @PermitAll
    @Operation(summary = "The workshops and field visits to choose from, with the places left (public)")
    @APIResponse(responseCode = "200", description = "The catalogue")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<CatalogueItemResponse> catalogue(@PathParam("code") String code) {
        return editions.catalogueOf(code).stream().map(CatalogueItemResponse::from).toList();
    }

    @GET
    @Path("/{code}/waitlist")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "A side's waiting list in order (organiser)")
    @APIResponse(responseCode = "200", description = "The waiting list, first in line first")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<WaitlistEntry> waitlist(@PathParam("code") String code,
            @Parameter(description = "FRENCH or CHINESE", required = true) @QueryParam("side") String side) {
        Side parsed = ParticipantQuery.parse("side", side, Side.class);
        if (parsed == null) {
            throw ProblemException.invalid("side", "choose the side: FRENCH or CHINESE");
        }
        return queries.waitlist(code, parsed);
    }

    @GET
    @Path("/{code}/statistics")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Counts per side, category, status, workshop and field visit (organiser)")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "404", description = "No such edition")
    public Statistics statistics(@PathParam("code") String code) {
        return queries.statistics(code);
    }

    private EditionResponse view(Edition e) {
        return EditionResponse.from(e, editions.quotasOf(e.code), editions.waitlisted(e.code));
    }
}
