package org.assises.registration.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.contracts.Side;
import org.assises.platform.editions.KnownEditions;
import org.assises.platform.patch.MergePatch;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;
import org.assises.registration.domain.Edition;
import org.assises.registration.service.EditionService;
import org.assises.registration.service.ParticipantQueryService;

/** Editions as programme announced them, registration's settings of them (quotas, catalogue), and the organisers' views (waiting lists, counts). */
@Path("/api/v1/editions")
@Tag(name = "Editions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EditionResource {

    private final EditionService editions;
    private final ParticipantQueryService queries;

    private final MergePatch mergePatch;

    public EditionResource(EditionService editions, ParticipantQueryService queries, MergePatch mergePatch) {
        this.mergePatch = mergePatch;
        this.editions = editions;
        this.queries = queries;
    }

    @PUT
    @Path("/{edition}/settings")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Set the registration settings of an edition: quotas and catalogue (organiser)",
            description = "The edition itself (name, days, time zone, venue) is created in programme-service and known here from "
                    + "its event; until then this is a 404. Set once: change the quotas afterwards with PUT .../quotas.")
    @APIResponse(responseCode = "201", description = "Set; Location points to the edition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such edition (not announced by programme-service yet)")
    @APIResponse(responseCode = "409", description = "The settings are set already (settings-exist)")
    public Response configure(@PathParam("edition") @EditionCode String edition,
            @Valid @NotNull(message = "a JSON body is required") RegistrationSettingsRequest request) {
        Edition e = editions.configure(edition, request);
        return Response.created(URI.create("/api/v1/editions/" + e.code)).entity(view(e)).build();
    }

    @GET
    @Path("/{edition}")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Read an edition with its quotas, seats taken and waiting lists (organiser)")
    @APIResponse(responseCode = "200", description = "The edition")
    @APIResponse(responseCode = "404", description = "No such edition")
    public EditionResponse get(@PathParam("edition") String edition) {
        return view(KnownEditions.orNotFound(editions.find(edition), edition));
    }

    @PUT
    @Path("/{edition}/quotas")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Change the quotas (organiser)", description = "Lowering a quota below the seats taken is refused; "
            + "raised quotas are filled from the waiting lists at once.")
    @APIResponse(responseCode = "200", description = "The edition with its new quotas")
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "409", description = "A quota would go below the seats taken (quota-below-taken)")
    public EditionResponse updateQuotas(@PathParam("edition") String edition,
            @Valid @NotNull(message = "a JSON body is required") QuotasRequest request) {
        editions.updateQuotas(edition, request);
        return get(edition);
    }

    @PATCH
    @Path("/{edition}/quotas")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Change some quotas, e.g. only the French one (organiser)", description = "A JSON Merge Patch (RFC 7396, application/merge-patch+json): the fields it names change, null removes an optional one, "
                    + "the others keep their value; the result is validated like a full body and applied like a PUT."
            + " A category cap set to null is removed.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = QuotasRequest.class)))
    @APIResponse(responseCode = "200", description = "The edition with its new quotas")
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "409", description = "A quota would go below the seats taken (quota-below-taken)")
    public EditionResponse patchQuotas(@PathParam("edition") String edition, String patch) {
        editions.updateQuotas(edition, current -> mergePatch.apply(current, patch, QuotasRequest.class));
        return get(edition);
    }

    @GET
    @Path("/{edition}/catalogue")
    @PermitAll
    @Operation(summary = "The workshops and field visits to choose from, with the places left (public)")
    @APIResponse(responseCode = "200", description = "The catalogue")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<CatalogueItemResponse> catalogue(@PathParam("edition") String edition) {
        return editions.catalogueOf(edition).stream().map(CatalogueItemResponse::from).toList();
    }

    @GET
    @Path("/{edition}/waitlist")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "A side's waiting list in order (organiser)")
    @APIResponse(responseCode = "200", description = "The waiting list, first in line first")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<WaitlistEntry> waitlist(@PathParam("edition") String edition,
            @Parameter(description = "FRENCH or CHINESE", required = true, schema = @Schema(implementation = Side.class)) @QueryParam("side") String side) {
        Side parsed = ParticipantQuery.parse("side", side, Side.class);
        if (parsed == null) {
            throw ProblemException.invalid("side", "choose the side: FRENCH or CHINESE");
        }
        return queries.waitlist(edition, parsed);
    }

    @GET
    @Path("/{edition}/statistics")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Counts per side, category, status, workshop and field visit (organiser)")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "404", description = "No such edition")
    public Statistics statistics(@PathParam("edition") String edition) {
        return queries.statistics(edition);
    }

    private EditionResponse view(Edition e) {
        return EditionResponse.from(e, editions.quotasOf(e.code), editions.waitlisted(e.code));
    }
}
