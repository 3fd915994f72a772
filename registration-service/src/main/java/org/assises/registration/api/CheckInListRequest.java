package org.assises.registration.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;
import org.assises.registration.domain.CheckInList;
import org.assises.registration.service.CheckInService;

/** A check-in list: its code, name, kind, and who may pass (everyone confirmed, gala invitees, a session's sign-ups, named people). */
public record CheckInListRequest(
        @NotBlank @Pattern(regexp = Patterns.CATALOGUE_CODE, message = "must be a lower-case code such as gala or entry-2018-12-12")
        @Schema(example = "gala") String code,
        @NotNull @Valid LocalizedText name,
        @NotNull CheckInList.Kind kind,
        @NotNull CheckInList.Admits admits,
        @Schema(nullable = true, description = "The day it is for, e.g. an entry list") LocalDate day,
        @Pattern(regexp = Patterns.CATALOGUE_CODE, message = Patterns.CATALOGUE_CODE_MESSAGE)
        @Schema(nullable = true, description = "SIGN_UPS: the catalogue code of the workshop or visit") String session,
        @Size(max = 1000) @Schema(nullable = true, description = "NAMED: the participants admitted (e.g. a shuttle's passengers)")
        List<@NotNull UUID> members) {

    CheckInService.ListInput input() {
        return new CheckInService.ListInput(code, name, kind, admits, day, session, members);
    }
}
