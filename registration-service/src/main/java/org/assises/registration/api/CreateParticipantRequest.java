package org.assises.registration.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.assises.contracts.Side;

/** An organiser's registration of one participant. */
public record CreateParticipantRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9-]{3,50}", message = "must be an edition code such as assises-2018") String edition,
        @NotNull Side side,
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Size(max = 100) String givenName,
        @Size(max = 100) String nameZh,
        @NotBlank @Size(max = 200) String organisation,
        @Email @Size(max = 254) String email) {
}
