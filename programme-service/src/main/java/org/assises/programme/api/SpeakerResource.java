package org.assises.programme.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.patch.MergePatch;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.programme.service.SpeakerService;

/** The speakers of an edition. */
@Path("/api/v1/editions/{edition}/speakers")
@Tag(name = "Speakers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SpeakerResource {

    private final SpeakerService service;

    private final MergePatch mergePatch;

    public SpeakerResource(SpeakerService service, MergePatch mergePatch) {
        this.service = service;
        this.mergePatch = mergePatch;
    }

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Record a speaker (organiser)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerResponse.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Response create(@PathParam("edition") String edition, @Valid @NotNull(message = "a JSON body is required") SpeakerRequest request) {
        SpeakerResponse created = SpeakerResponse.from(service.create(edition, request));
        return Response.created(URI.create("/api/v1/editions/" + edition + "/speakers/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.LOGISTICS})
    @Operation(summary = "List the speakers of an edition (organiser, logistics)")
    @APIResponse(responseCode = "200", description = "The speakers")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<SpeakerResponse> list(@PathParam("edition") String edition) {
        return service.ofEdition(edition).stream().map(SpeakerResponse::from).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ORGANISER, Roles.LOGISTICS})
    @Operation(summary = "Read a speaker (organiser, logistics)")
    @APIResponse(responseCode = "200", description = "The speaker")
    @APIResponse(responseCode = "404", description = "No such speaker in this edition")
    public SpeakerResponse get(@PathParam("edition") String edition, @PathParam("id") UUID id) {
        return service.find(edition, id).map(SpeakerResponse::from)
                .orElseThrow(() -> ProblemException.notFound("No speaker " + id + " in edition " + edition));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Replace a speaker (organiser)", description = "A full replacement: a field left out is cleared.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such speaker in this edition")
    public SpeakerResponse update(@PathParam("edition") String edition, @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") SpeakerRequest request) {
        return SpeakerResponse.from(service.update(edition, id, current -> request));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Change some fields of a speaker (organiser)", description = "A JSON Merge Patch (RFC 7396, application/merge-patch+json): the fields it names change, null removes an optional one, "
                    + "the others keep their value; the result is validated like a full body.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = SpeakerRequest.class)))
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "404", description = "No such speaker in this edition")
    public SpeakerResponse patch(@PathParam("edition") String edition, @PathParam("id") UUID id, String patch) {
        return SpeakerResponse.from(service.update(edition, id, current -> mergePatch.apply(current, patch, SpeakerRequest.class)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Delete a speaker entered by mistake (organiser)", description = "Only a speaker with no talk, in no published version.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such speaker in this edition")
    @APIResponse(responseCode = "409", description = "The speaker has talks, or a published version shows them")
    public void delete(@PathParam("edition") String edition, @PathParam("id") UUID id) {
        service.delete(edition, id);
    }
}
