package org.assises.registration.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.ratelimit.RateLimited;
import org.assises.registration.service.Admissions;

import io.smallrye.mutiny.Uni;

/** French participants register themselves (no account; the answer carries a management token). */
@Path("/api/v1/editions/{edition}/registrations")
@Tag(name = "Self-registration")
@RateLimited("anonymous-write")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SelfRegistrationResource {

    private final Admissions admissions;

    public SelfRegistrationResource(Admissions admissions) {
        this.admissions = admissions;
    }

    @POST
    @PermitAll
    @Operation(summary = "Register oneself (French participants, anonymous)", description = "Takes a French seat or, when the "
            + "quota is full, a place in the waiting list. A retry with the same Idempotency-Key returns the first answer.")
    @APIResponse(responseCode = "201", description = "Registered (CONFIRMED or WAITLISTED); keep the management token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    @APIResponse(responseCode = "409", description = "E-mail already registered (duplicate-email), or a workshop or visit is full "
            + "(choice-unavailable, with the alternatives)")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request")
    @APIResponse(responseCode = "503", description = "The registration could not be decided in time (registration-busy); retry "
            + "with the same Idempotency-Key")
    public Uni<Response> register(@PathParam("edition") String edition,
            @Parameter(description = "Any unique string; a retry with the same key and body returns the first answer")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") SelfRegistrationRequest request) {
        // Not blocking: the request is prepared and queued on its event loop, and answered there after its batch's commit.
        return admissions.selfRegister(edition, request, idempotencyKey).map(answer -> Response.status(answer.status())
                .header("Location", answer.location()).type(MediaType.APPLICATION_JSON_TYPE).entity(answer.body()).build());
    }
}
