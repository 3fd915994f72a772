package org.assises.registration.api;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.patch.MergePatch;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.ratelimit.RateLimited;
import org.assises.registration.domain.Participant;
import org.assises.registration.service.RegistrationService;

/**
 * A participant's own registration, opened by its management token: read, change, cancel. A wrong
 * token is a 404, whether or not the registration exists.
 */
@Path("/api/v1/registrations/{id}")
@Tag(name = "Self-registration")
@RateLimited("anonymous-write")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    static final String TOKEN_HEADER = "X-Registration-Token";

    private final RegistrationService registrations;

    private final MergePatch mergePatch;

    public RegistrationResource(RegistrationService registrations, MergePatch mergePatch) {
        this.registrations = registrations;
        this.mergePatch = mergePatch;
    }

    @GET
    @PermitAll
    @Operation(summary = "Read one's registration with its management token")
    @APIResponse(responseCode = "200", description = "The registration")
    @APIResponse(responseCode = "404", description = "No registration for this id and token")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    public RegistrationResponse get(@PathParam("id") UUID id,
            @Parameter(description = "The management token of the registration") @HeaderParam(TOKEN_HEADER) String token) {
        Participant p = registrations.findByToken(id, token)
                .orElseThrow(() -> ProblemException.notFound("No registration " + id + " for this token"));
        return RegistrationResponse.from(p, registrations.positionOf(p), null, null);
    }

    @PUT
    @PermitAll
    @Operation(summary = "Change one's registration with its management token")
    @APIResponse(responseCode = "200", description = "The changed registration")
    @APIResponse(responseCode = "404", description = "No registration for this id and token")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    @APIResponse(responseCode = "409", description = "Cancelled registration, e-mail taken, or a workshop or visit is full")
    public RegistrationResponse update(@PathParam("id") UUID id,
            @Parameter(description = "The management token of the registration") @HeaderParam(TOKEN_HEADER) String token,
            @Valid @NotNull(message = "a JSON body is required") SelfRegistrationRequest request) {
        Participant p = registrations.updateByToken(id, token, request);
        return RegistrationResponse.from(p, registrations.positionOf(p), null, null);
    }

    @PATCH
    @PermitAll
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of one's registration with its management token", description = "A JSON Merge Patch (RFC 7396, application/merge-patch+json): the fields it names change, null removes an optional one, "
                    + "the others keep their value; the result is validated like a full body and applied like a PUT.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = SelfRegistrationRequest.class)))
    @APIResponse(responseCode = "200", description = "The changed registration")
    @APIResponse(responseCode = "404", description = "No registration for this id and token")
    @APIResponse(responseCode = "409", description = "Cancelled registration, e-mail taken, or a workshop or visit is full")
    public RegistrationResponse patch(@PathParam("id") UUID id,
            @Parameter(description = "The management token of the registration") @HeaderParam(TOKEN_HEADER) String token, String patch) {
        Participant current = registrations.findByToken(id, token)
                .orElseThrow(() -> ProblemException.notFound("No registration " + id + " for this token"));
        Participant p = registrations.updateByToken(id, token,
                mergePatch.apply(SelfRegistrationRequest.of(current), patch, SelfRegistrationRequest.class));
        return RegistrationResponse.from(p, registrations.positionOf(p), null, null);
    }

    @DELETE
    @PermitAll
    @Operation(summary = "Cancel one's registration with its management token", description = "The seat goes to the first "
            + "in line of the waiting list, in the same transaction.")
    @APIResponse(responseCode = "200", description = "The cancelled registration")
    @APIResponse(responseCode = "404", description = "No registration for this id and token")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    @APIResponse(responseCode = "409", description = "Already cancelled")
    public RegistrationResponse cancel(@PathParam("id") UUID id,
            @Parameter(description = "The management token of the registration") @HeaderParam(TOKEN_HEADER) String token) {
        return RegistrationResponse.from(registrations.cancelByToken(id, token), 0, null, null);
    }
}
