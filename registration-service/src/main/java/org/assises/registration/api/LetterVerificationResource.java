package org.assises.registration.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.problem.ProblemException;
import org.assises.platform.ratelimit.RateLimited;
import org.assises.registration.domain.LetterReference;
import org.assises.registration.service.LetterService;

/** The public verification of a printed invitation letter (the QR code on the letter points here). */
@Path("/api/v1/invitation-letters/verification")
@Tag(name = "Invitation letters")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@RateLimited("verification")
public class LetterVerificationResource {

    private final LetterService letters;

    public LetterVerificationResource(LetterService letters) {
        this.letters = letters;
    }

    @GET
    @Operation(summary = "Verify an invitation letter (anyone)", description = "Takes the reference and the check code printed on "
            + "the letter; answers valid or revoked with the name and the dates. An unknown reference and a wrong code get the "
            + "same 404, so the answer never tells whether a reference exists.")
    @APIResponse(responseCode = "200", description = "The letter exists and the code is right")
    @APIResponse(responseCode = "400", description = "Reference or code missing or malformed")
    @APIResponse(responseCode = "404", description = "No letter matches this reference and code")
    @APIResponse(responseCode = "429", description = "Too many verifications from this address; see Retry-After")
    public LetterVerification verify(
            @QueryParam("reference") @NotNull @Pattern(regexp = LetterReference.REFERENCE_PATTERN,
                    message = "must be a reference such as L-7K3F-9QXM-2B8D") String reference,
            @QueryParam("code") @NotNull @Pattern(regexp = LetterReference.CODE_PATTERN,
                    message = "must be a check code such as 4HX2M-Q9TZ1") String code) {
        return letters.verify(reference, code).map(LetterVerification::from)
                .orElseThrow(() -> ProblemException.notFound("No letter matches this reference and code"));
    }
}
