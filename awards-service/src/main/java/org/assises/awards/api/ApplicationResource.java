package org.assises.awards.api;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.awards.domain.Application;
import org.assises.awards.service.ApplicationService;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.ratelimit.RateLimited;

/**
 * A partnership's own application, opened by its token: read at any time, change or withdraw until the
 * deadline. A wrong token is a 404, whether or not the application exists; guessing is rate-limited.
 */
@Path("/api/v1/applications/{id}")
@RateLimited("anonymous-write")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    static final String TOKEN_HEADER = "X-Application-Token";

    private final ApplicationService applications;

    public ApplicationResource(ApplicationService applications) {
        this.applications = applications;
    }

    @GET
    @PermitAll
    @Operation(summary = "Read one's application with its token", description = "The jury's decision reads UNDER_REVIEW until the "
            + "results are published at the ceremony.")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No application for this id and token")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; retry after Retry-After seconds")
    public ApplicationView get(@PathParam("id") UUID id,
            @Parameter(description = "The application's secret token") @HeaderParam(TOKEN_HEADER) String token) {
        Application application = applications.byToken(id, token)
                .orElseThrow(() -> ProblemException.notFound("No application " + id + " for this token"));
        return ApplicationView.forApplicant(application, applications.resultsPublished(application));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Change one's application with its token, until the deadline")
    @APIResponse(responseCode = "200", description = "The changed application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No application for this id and token")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; retry after Retry-After seconds")
    @APIResponse(responseCode = "409", description = "The call is closed (call-closed) or the application withdrawn")
    public ApplicationView update(@PathParam("id") UUID id,
            @Parameter(description = "The application's secret token") @HeaderParam(TOKEN_HEADER) String token,
            @Valid @NotNull(message = "a JSON body is required") ApplicationRequest request) {
        return ApplicationView.forApplicant(applications.update(id, token, request), false);
    }

    @DELETE
    @PermitAll
    @Operation(summary = "Withdraw one's application with its token, until the deadline")
    @APIResponse(responseCode = "200", description = "The withdrawn application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No application for this id and token")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; retry after Retry-After seconds")
    @APIResponse(responseCode = "409", description = "The call is closed (call-closed) or the application already withdrawn")
    public ApplicationView withdraw(@PathParam("id") UUID id,
            @Parameter(description = "The application's secret token") @HeaderParam(TOKEN_HEADER) String token) {
        return ApplicationView.forApplicant(applications.withdraw(id, token), false);
    }
}
