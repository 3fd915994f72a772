package org.assises.registration.api;

import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.editions.KnownEditions;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.registration.service.Caller;
import org.assises.registration.service.DelegationService;
import org.assises.registration.service.EditionService;
import org.assises.registration.service.IdempotentAnswer;
import org.assises.registration.service.MemberInput;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * APCAE's delegations: the push of a whole list (JSON from APCAE; CSV or XLSX uploaded by organisers),
 * and reading them back. APCAE sees only the delegations it pushed itself.
 */
@Path("/api/v1/editions/{edition}/delegations")
@Tag(name = "Delegations")
@Produces(MediaType.APPLICATION_JSON)
public class DelegationResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DelegationService delegations;
    private final EditionService editions;
    private final SecurityIdentity identity;

    public DelegationResource(DelegationService delegations, EditionService editions, SecurityIdentity identity) {
        this.delegations = delegations;
        this.editions = editions;
        this.identity = identity;
    }

    @PUT
    @Path("/{delegationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APCAE, Roles.ORGANISER})
    @Operation(summary = "Push a delegation's whole list (APCAE)", description = "Replace-the-list: new members are added, "
            + "changed ones updated, missing ones withdrawn. Each member is validated on its own; the same push twice changes "
            + "nothing and emits no event.")
    @APIResponse(responseCode = "200", description = "The report per member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DelegationReport.class)))
    @APIResponse(responseCode = "404", description = "No such edition, or the delegation belongs to another party")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different push")
    public Response push(@PathParam("edition") String edition, @PathParam("delegationId") @Pattern(regexp = Patterns.PERSON_ID,
            message = Patterns.PERSON_ID_MESSAGE) String delegationId,
            @Parameter(description = "For an organiser's push of a new delegation: the APCAE subject it belongs to")
            @QueryParam("owner") String owner,
            @Parameter(description = "Any unique string; a retry with the same key and body returns the first report")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") DelegationPush push) {
        if (push.members().contains(null)) {
            throw ProblemException.invalid("members", "a member may not be null");
        }
        List<MemberInput> members = push.members().stream().map(MemberInput::of).toList();
        IdempotentAnswer answer = delegations.push(edition, delegationId, caller(), owner, push, members, idempotencyKey);
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(answer.body()).build();
    }

    @PUT
    @Path("/{delegationId}")
    @Consumes("text/csv")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Upload a delegation list as CSV (organiser)", description = "Same reconciliation and report as the JSON "
            + "push; a header row names the columns (personId, familyName, givenName, nameZh, gender, dateOfBirth, "
            + "passportNumber, passportExpiresOn, organisation, province, city, function, category, vip, languages, ...).")
    @APIResponse(responseCode = "200", description = "The report per member")
    @APIResponse(responseCode = "404", description = "No such edition")
    public DelegationReport uploadCsv(@PathParam("edition") String edition, @PathParam("delegationId") @Pattern(
            regexp = Patterns.PERSON_ID, message = Patterns.PERSON_ID_MESSAGE) String delegationId,
            @Parameter(description = "For a new delegation: the APCAE subject it belongs to") @QueryParam("owner") String owner,
            @Parameter(description = "The delegation's name") @HeaderParam("X-Delegation-Name") String name,
            String body) {
        List<MemberInput> members = sheet(edition).readCsv(body == null ? "" : body);
        return delegations.push(edition, delegationId, caller(), owner, name, members);
    }

    @PUT
    @Path("/{delegationId}")
    @Consumes(XLSX)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Upload a delegation list as XLSX (organiser)", description = "The first sheet, same columns as the CSV.")
    @APIResponse(responseCode = "200", description = "The report per member")
    @APIResponse(responseCode = "404", description = "No such edition")
    public DelegationReport uploadXlsx(@PathParam("edition") String edition, @PathParam("delegationId") @Pattern(
            regexp = Patterns.PERSON_ID, message = Patterns.PERSON_ID_MESSAGE) String delegationId,
            @Parameter(description = "For a new delegation: the APCAE subject it belongs to") @QueryParam("owner") String owner,
            @Parameter(description = "The delegation's name") @HeaderParam("X-Delegation-Name") String name,
            InputStream body) {
        List<MemberInput> members = sheet(edition).readXlsx(body);
        return delegations.push(edition, delegationId, caller(), owner, name, members);
    }

    @GET
    @RolesAllowed({Roles.APCAE, Roles.ORGANISER})
    @Operation(summary = "The delegations of an edition: APCAE its own, organisers all")
    @APIResponse(responseCode = "200", description = "The delegations with their members' status")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<DelegationView> list(@PathParam("edition") String edition) {
        return delegations.list(edition, caller());
    }

    @GET
    @Path("/{delegationId}")
    @RolesAllowed({Roles.APCAE, Roles.ORGANISER})
    @Operation(summary = "One delegation with its members' status (no passport data)")
    @APIResponse(responseCode = "200", description = "The delegation")
    @APIResponse(responseCode = "404", description = "No such delegation, or it belongs to another party")
    public DelegationView get(@PathParam("edition") String edition, @PathParam("delegationId") String delegationId) {
        return delegations.get(edition, delegationId, caller());
    }

    private DelegationSheet sheet(String edition) {
        return new DelegationSheet(ZoneId.of(KnownEditions.orNotFound(editions.find(edition), edition).timeZone));
    }

    private Caller caller() {
        return new Caller(identity.getPrincipal().getName(), identity.hasRole(Roles.ORGANISER));
    }
}
