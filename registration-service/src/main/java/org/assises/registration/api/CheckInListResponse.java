package org.assises.registration.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;
import org.assises.registration.domain.CheckInList;

/** A check-in list as stored. */
public record CheckInListResponse(UUID id, String edition, String code, LocalizedText name, CheckInList.Kind kind,
        CheckInList.Admits admits, @Schema(nullable = true) LocalDate day, @Schema(nullable = true) String session,
        List<UUID> members) {

    static CheckInListResponse from(CheckInList l) {
        return new CheckInListResponse(l.id, l.edition, l.code, l.name.text(), l.kind, l.admits, l.day, l.session, List.copyOf(l.members));
    }
}
