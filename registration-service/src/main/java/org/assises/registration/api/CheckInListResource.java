package org.assises.registration.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;
import org.assises.registration.domain.CheckInList;
import org.assises.registration.service.CheckInService;

import io.quarkus.security.identity.SecurityIdentity;

/** The check-in lists of an edition: organisers create any, logistics its shuttles' (named passengers). */
@Path("/api/v1/editions/{edition}/checkin-lists")
@Tag(name = "Check-in")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CheckInListResource {

    private final CheckInService checkIns;
    private final SecurityIdentity identity;

    public CheckInListResource(CheckInService checkIns, SecurityIdentity identity) {
        this.checkIns = checkIns;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.ORGANISER, Roles.LOGISTICS})
    @Operation(summary = "Create a check-in list", description = "Organisers: any list. Logistics: SHUTTLE lists of NAMED passengers.")
    @APIResponse(responseCode = "201", description = "Created; Location points to the list")
    @APIResponse(responseCode = "400", description = "Invalid list (e.g. SIGN_UPS without a known session, unknown members)")
    @APIResponse(responseCode = "403", description = "Logistics asked for a list other than a shuttle's")
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "409", description = "The edition already has a list with this code (duplicate-code)")
    public Response create(@PathParam("edition") @EditionCode String edition,
            @Valid @NotNull(message = "a JSON body is required") CheckInListRequest request) {
        if (!identity.hasRole(Roles.ORGANISER)
                && (request.kind() != CheckInList.Kind.SHUTTLE || request.admits() != CheckInList.Admits.NAMED)) {
            throw new ProblemException(403, "forbidden", "Forbidden", "logistics creates SHUTTLE lists of NAMED passengers only",
                    null, null);
        }
        CheckInList list = checkIns.create(edition, request.input());
        return Response.created(URI.create("/api/v1/checkin-lists/" + list.id)).entity(CheckInListResponse.from(list)).build();
    }

    @POST
    @Path("/standard")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Create the standard lists that are missing (organiser)", description = "The entry of each day of the "
            + "edition (entry-YYYY-MM-DD, everyone confirmed), the gala dinner (gala, its invitees) and each open field visit of the "
            + "catalogue (its code, its sign-ups). Existing lists are left as they are: calling again creates nothing.")
    @APIResponse(responseCode = "200", description = "Every list of the edition, the new ones included")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<CheckInListResponse> createStandard(@PathParam("edition") @EditionCode String edition) {
        checkIns.createStandard(edition);
        return list(edition);
    }

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.LOGISTICS})
    @Operation(summary = "The check-in lists of an edition")
    @APIResponse(responseCode = "200", description = "The lists, by day and code")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<CheckInListResponse> list(@PathParam("edition") @EditionCode String edition) {
        return checkIns.lists(edition).stream().map(CheckInListResponse::from).toList();
    }
}
