package org.assises.registration.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.assises.registration.domain.Category;
import org.assises.registration.domain.Civility;
import org.assises.registration.domain.Participant;

/** A French participant's registration, as they fill it in (also the body of a change with their token). */
public record SelfRegistrationRequest(
        @NotNull Civility civility,
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 200) String organisation,
        @NotBlank @Size(max = 200) String function,
        @NotNull Category category,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Pattern(regexp = Patterns.PHONE, message = Patterns.PHONE_MESSAGE) String phone,
        @NotEmpty List<@NotNull @Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE) String> languages,
        boolean interpretationNeeded,
        @Size(max = 500) String dietaryNeeds,
        boolean galaDinner,
        @NotEmpty List<@NotBlank @Size(max = 60) String> workshops,
        @NotBlank @Size(max = 60) String fieldVisit,
        @Valid Travel arrival,
        @Valid Travel departure,
        boolean hotelNeeded) {

    /** The registration as it stands, as a request: what a merge patch applies to. */
    public static SelfRegistrationRequest of(Participant p) {
        return new SelfRegistrationRequest(p.civility, p.familyName, p.givenName, p.organisation, p.function, p.category, p.email,
                p.phone, p.languages, p.interpretationNeeded, p.dietaryNeeds, p.galaDinner, p.workshops, p.fieldVisit,
                Travel.from(p.arrival), Travel.from(p.departure), p.hotelNeeded);
    }
}
