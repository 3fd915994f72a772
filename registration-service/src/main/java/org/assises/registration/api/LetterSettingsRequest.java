package org.assises.registration.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;
import org.assises.registration.service.LetterService;

/** Registration's letter settings of an edition: the letterhead, who invites and signs, the purpose printed in every letter. */
public record LetterSettingsRequest(
        @NotNull @Valid @Schema(description = "Printed at the top, e.g. the host's name") LocalizedText letterhead,
        @NotNull @Valid @Schema(description = "Who invites, e.g. Région Occitanie / Pyrénées-Méditerranée") LocalizedText issuer,
        @NotNull @Valid LocalizedText address,
        @NotBlank @Size(max = 200) @Schema(example = "Jeanne Fictive") String signatoryName,
        @NotNull @Valid LocalizedText signatoryTitle,
        @NotNull @Valid @Schema(description = "The event's title as the letter names it") LocalizedText programmeTitle,
        @NotNull @Valid LocalizedText purpose,
        @NotNull @Valid @Schema(description = "Where the letter is signed, e.g. Toulouse / 图卢兹") LocalizedText place) {

    LetterService.SettingsInput input() {
        return new LetterService.SettingsInput(letterhead, issuer, address, signatoryName, signatoryTitle, programmeTitle, purpose,
                place);
    }
}
