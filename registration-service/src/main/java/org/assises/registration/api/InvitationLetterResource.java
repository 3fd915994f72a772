package org.assises.registration.api;

import java.util.UUID;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.security.Roles;
import org.assises.registration.service.LetterService;

import io.quarkus.security.identity.SecurityIdentity;

/** A participant's invitation letter: organisers for anyone, APCAE for the members of its own delegations. */
@Path("/api/v1/participants/{id}/invitation-letter")
@Tag(name = "Invitation letters")
public class InvitationLetterResource {

    private final LetterService letters;
    private final SecurityIdentity identity;

    public InvitationLetterResource(LetterService letters, SecurityIdentity identity) {
        this.letters = letters;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(Pdf.MEDIA_TYPE)
    @RolesAllowed({Roles.ORGANISER, Roles.APCAE})
    @Operation(summary = "Issue (or print again) a participant's invitation letter", description = "A bilingual A4 PDF with the "
            + "passport data, the stay, a reference and a check code, and a QR code for the public verification. Asked again "
            + "with nothing changed, it is the same letter; after a change it is a new letter and the previous one is revoked.")
    @APIResponse(responseCode = "200", description = "The letter", content = @Content(mediaType = Pdf.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such participant, or not a member of the caller's delegations")
    @APIResponse(responseCode = "409", description = "Not confirmed (not-confirmed), no passport data (passport-missing), "
            + "or the edition's letter settings are not set (letter-settings-missing)")
    public Response issue(@PathParam("id") UUID id) {
        LetterService.Printed printed = letters.letterFor(id, Callers.of(identity));
        return Pdf.ok(printed.pdf(), "invitation-" + id + ".pdf").build();
    }
}
