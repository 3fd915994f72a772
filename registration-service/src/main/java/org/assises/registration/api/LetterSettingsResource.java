package org.assises.registration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;
import org.assises.registration.service.LetterService;

/** Registration's letter settings of an edition (organisers). */
@Path("/api/v1/editions/{edition}/letter-settings")
@Tag(name = "Invitation letters")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANISER)
public class LetterSettingsResource {

    private final LetterService letters;

    public LetterSettingsResource(LetterService letters) {
        this.letters = letters;
    }

    @GET
    @Operation(summary = "Read the letter settings of an edition (organiser)")
    @APIResponse(responseCode = "200", description = "The settings")
    @APIResponse(responseCode = "404", description = "No such edition, or its letter settings are not set yet")
    public LetterSettingsResponse get(@PathParam("edition") @EditionCode String edition) {
        return letters.settings(edition).map(LetterSettingsResponse::from)
                .orElseThrow(() -> ProblemException.notFound("The letter settings of edition " + edition + " are not set"));
    }

    @PUT
    @Operation(summary = "Set the letter settings of an edition (organiser)", description = "Letters asked for afterwards print "
            + "the new settings under a new reference; the previous letters are revoked as superseded when re-issued.")
    @APIResponse(responseCode = "200", description = "The settings as stored")
    @APIResponse(responseCode = "404", description = "No such edition")
    public LetterSettingsResponse put(@PathParam("edition") @EditionCode String edition,
            @Valid @NotNull(message = "a JSON body is required") LetterSettingsRequest request) {
        return LetterSettingsResponse.from(letters.saveSettings(edition, request.input()));
    }
}
