package org.assises.programme.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.patch.MergePatch;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.programme.service.OpenItemService;

/** Open items ("reste à définir") on sessions and side events. */
@Path("/api/v1/editions/{edition}/open-items")
@Tag(name = "Open items")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OpenItemResource {

    private final OpenItemService service;

    private final MergePatch mergePatch;

    public OpenItemResource(OpenItemService service, MergePatch mergePatch) {
        this.service = service;
        this.mergePatch = mergePatch;
    }

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Record an open item on a session or a side event (organiser)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenItemResponse.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Response create(@PathParam("edition") String edition, @Valid @NotNull(message = "a JSON body is required") OpenItemRequest request) {
        OpenItemResponse created = OpenItemResponse.from(service.create(edition, request), service.today(edition));
        return Response.created(URI.create("/api/v1/editions/" + edition + "/open-items/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.LOGISTICS})
    @Operation(summary = "List open items by due date; overdue=true for those past due and still open (organiser, logistics)")
    @APIResponse(responseCode = "200", description = "The open items")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<OpenItemResponse> list(@PathParam("edition") String edition, @QueryParam("overdue") boolean overdue) {
        LocalDate today = service.today(edition);
        return service.list(edition, overdue).stream().map(o -> OpenItemResponse.from(o, today)).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ORGANISER, Roles.LOGISTICS})
    @Operation(summary = "Read an open item (organiser, logistics)")
    @APIResponse(responseCode = "200", description = "The open item")
    @APIResponse(responseCode = "404", description = "No such open item in this edition")
    public OpenItemResponse get(@PathParam("edition") String edition, @PathParam("id") UUID id) {
        return service.find(edition, id).map(o -> OpenItemResponse.from(o, service.today(edition)))
                .orElseThrow(() -> ProblemException.notFound("No open item " + id + " in edition " + edition));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Replace an open item (organiser)", description = "A full replacement; to mark it done, PATCH {\"status\": \"DONE\"}.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such open item in this edition")
    public OpenItemResponse update(@PathParam("edition") String edition, @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") OpenItemRequest request) {
        return OpenItemResponse.from(service.update(edition, id, current -> request), service.today(edition));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Change some fields of an open item, e.g. mark it done (organiser)", description = "A JSON Merge Patch (RFC 7396, application/merge-patch+json): the fields it names change, null removes an optional one, "
                    + "the others keep their value; the result is validated like a full body.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = OpenItemRequest.class)))
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such open item in this edition")
    public OpenItemResponse patch(@PathParam("edition") String edition, @PathParam("id") UUID id, String patch) {
        return OpenItemResponse.from(service.update(edition, id, current -> mergePatch.apply(current, patch, OpenItemRequest.class)),
                service.today(edition));
    }
}
