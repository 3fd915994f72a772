package org.assises.awards.api;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.awards.domain.AwardCall;
import org.assises.awards.service.CallService;
import org.assises.awards.service.PrizeService;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;

import io.quarkus.security.identity.SecurityIdentity;

/** An edition's call for applications: public once opened, set by organisers. */
@Path("/api/v1/editions/{edition}/call")
@Tag(name = "Call for applications")
@Produces(MediaType.APPLICATION_JSON)
public class CallResource {

    private final CallService calls;
    private final PrizeService prizes;
    private final SecurityIdentity identity;
    private final Clock clock;

    public CallResource(CallService calls, PrizeService prizes, SecurityIdentity identity, Clock clock) {
        this.calls = calls;
        this.prizes = prizes;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @Operation(summary = "Read the call: rulebook, criteria, prizes, calendar (public once opened; organisers always)")
    @APIResponse(responseCode = "200", description = "The call",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "404", description = "No such edition, no call, or not opened yet")
    public CallView get(@PathParam("edition") @EditionCode String edition) {
        AwardCall call = (identity.hasRole(Roles.ORGANISER) ? calls.find(edition) : calls.findPublic(edition))
                .orElseThrow(() -> ProblemException.notFound("Edition " + edition + " has no open call for applications"));
        return view(call);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Set the call (organiser): rulebook, criteria with weights and scale, window, scoring phase, ceremony")
    @APIResponse(responseCode = "200", description = "The call as set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "409", description = "Jurors have scored: the scoring rules are fixed (scoring-started); "
            + "or the results are published: the call can no longer change (results-published)")
    public CallView set(@PathParam("edition") @EditionCode String edition,
            @Valid @NotNull(message = "a JSON body is required") CallRequest request) {
        return view(calls.define(edition, request));
    }

    @POST
    @Path("/reference/{reference}")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Load a reference call shipped with the service into the edition (organiser), e.g. assises-2018",
            description = "The 2018 call: the three themes, five criteria including innovation and the short film, six prizes. "
                    + "Prizes already present (same code) are kept.")
    @APIResponse(responseCode = "200", description = "The call as loaded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "404", description = "No such edition or reference call")
    @APIResponse(responseCode = "409", description = "Jurors have scored: the scoring rules are fixed (scoring-started); "
            + "or the results are published (results-published)")
    public CallView loadReference(@PathParam("edition") @EditionCode String edition,
            @PathParam("reference") @Pattern(regexp = "^[a-z0-9-]{3,50}$") String reference) {
        return view(calls.loadReference(edition, reference));
    }

    private CallView view(AwardCall call) {
        return CallView.from(call, calls.edition(call.edition).zone(), calls.criteria(call.edition), prizes.ofEdition(call.edition),
                call.acceptsApplicationsAt(clock.instant()));
    }
}
