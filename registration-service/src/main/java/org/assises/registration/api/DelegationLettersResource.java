package org.assises.registration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;
import org.assises.registration.service.LetterService;

import io.quarkus.security.identity.SecurityIdentity;

/** A whole delegation's invitation letters as one PDF (APCAE for its own delegations, organisers for any). */
@Path("/api/v1/editions/{edition}/delegations/{delegationId}/invitation-letters")
@Tag(name = "Invitation letters")
public class DelegationLettersResource {

    static final String SKIPPED = "Assises-Skipped-Members";

    private final LetterService letters;
    private final SecurityIdentity identity;

    public DelegationLettersResource(LetterService letters, SecurityIdentity identity) {
        this.letters = letters;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(Pdf.MEDIA_TYPE)
    @RolesAllowed({Roles.ORGANISER, Roles.APCAE})
    @Operation(summary = "Issue the letters of every confirmed member of a delegation, as one PDF", description = "One page per "
            + "member with passport data, sorted by name; members who cannot have a letter (not confirmed, no passport data) are "
            + "left out and named, by APCAE person id, in the Assises-Skipped-Members header.")
    @APIResponse(responseCode = "200", description = "The letters", content = @Content(mediaType = Pdf.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
            headers = @Header(name = SKIPPED, description = "Members left out, as 'personId: reason' separated by ' | '",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such edition or delegation, or it belongs to another APCAE account")
    @APIResponse(responseCode = "409", description = "No member can have a letter (no-letter-to-issue), too many members "
            + "(print-run-too-large), or the letter settings are not set (letter-settings-missing)")
    public Response issue(@PathParam("edition") @EditionCode String edition, @PathParam("delegationId") String delegationId) {
        LetterService.Printed printed = letters.delegationLetters(edition, delegationId, Callers.of(identity));
        Response.ResponseBuilder answer = Pdf.ok(printed.pdf(), "invitations-" + delegationId + ".pdf");
        if (!printed.skipped().isEmpty()) {
            answer.header(SKIPPED, String.join(" | ", printed.skipped()));
        }
        return answer.build();
    }
}
