package org.assises.registration.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.assises.contracts.Side;
import org.assises.platform.validation.EditionCode;
import org.assises.registration.domain.Category;
import org.assises.registration.domain.Civility;

/**
 * An organiser's direct registration of one participant of either side: names, organisation and
 * edition are required, the rest may follow later.
 */
public record CreateParticipantRequest(
        @NotBlank @EditionCode String edition,
        @NotNull Side side,
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Size(max = 100) String givenName,
        @Size(max = 100) String nameZh,
        @NotBlank @Size(max = 200) String organisation,
        @Email @Size(max = 254) String email,
        Civility civility,
        Category category,
        @Size(max = 200) String function,
        @Pattern(regexp = Patterns.PHONE, message = Patterns.PHONE_MESSAGE) String phone,
        List<@NotNull @Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE) String> languages,
        boolean interpretationNeeded,
        @Size(max = 500) String dietaryNeeds,
        boolean galaDinner,
        List<@NotBlank @Size(max = 60) String> workshops,
        @Size(max = 60) String fieldVisit,
        @Valid Travel arrival,
        @Valid Travel departure,
        boolean hotelNeeded,
        boolean vip) {
}
