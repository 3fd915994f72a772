package org.assises.registration.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.platform.input.CheckedPerItem;


/**
 * One member of an APCAE delegation list (gender and category are text here, so that a wrong value
 * rejects this member only, not the whole list). Each member is validated on its own: an invalid member is
 * rejected with its reasons while the valid ones are kept.
 */
@CheckedPerItem
public record DelegationMember(
        @NotBlank @Pattern(regexp = Patterns.PERSON_ID, message = Patterns.PERSON_ID_MESSAGE)
        @Schema(description = "APCAE's own id of the person, stable from one push to the next", example = "SC-0042") String personId,
        @NotBlank @Size(max = 100) @Schema(description = "Family name in pinyin", example = "Wang") String familyName,
        @NotBlank @Size(max = 100) @Schema(description = "Given name in pinyin", example = "Lixia") String givenName,
        @NotBlank @Size(max = 100) @Schema(description = "Full name in Chinese characters", example = "王丽霞") String nameZh,
        @NotBlank @Pattern(regexp = Patterns.GENDER, message = Patterns.GENDER_MESSAGE) @Schema(enumeration = {"MALE", "FEMALE"})
        String gender,
        @NotNull @Past LocalDate dateOfBirth,
        @Valid Passport passport,
        @NotBlank @Size(max = 200) String organisation,
        @Size(max = 100) String province,
        @Size(max = 100) String city,
        @Size(max = 200) String function,
        @Pattern(regexp = Patterns.CATEGORY, message = Patterns.CATEGORY_MESSAGE)
        @Schema(description = "A participant category (see Category); a member with an unknown one is rejected alone")
        String category,
        boolean vip,
        List<@NotNull @Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE) String> languages,
        boolean interpretationNeeded,
        @Valid Travel arrival,
        @Valid Travel departure,
        boolean hotelNeeded,
        @Size(max = 500) String dietaryNeeds,
        boolean galaDinner,
        List<@NotBlank @Size(max = 60) String> workshops,
        @Size(max = 60) String fieldVisit) {
}
