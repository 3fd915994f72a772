package org.assises.programme.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assises.programme.domain.Warning;
import org.assises.programme.domain.WarningKind;

/** A conflict in the programme, with the codes of the sessions it concerns. */
public record WarningResponse(WarningKind kind, List<UUID> sessionIds, List<String> sessionCodes, UUID speakerId, String detail) {

    public static WarningResponse from(Warning w, Map<UUID, String> codes) {
        return new WarningResponse(w.kind(), w.sessionIds(), w.sessionIds().stream().map(id -> codes.getOrDefault(id, "?")).toList(),
                w.speakerId(), w.detail());
    }
}
