package org.assises.programme.domain;

import java.util.List;
import java.util.UUID;

/**
 * One conflict found in the programme.
 *
 * @param sessionIds the sessions it concerns (one or two)
 * @param speakerId  the speaker, for a speaker in two places at once
 * @param detail     what is wrong, for the organiser
 */
public record Warning(WarningKind kind, List<UUID> sessionIds, UUID speakerId, String detail) {

    public boolean concerns(UUID sessionId) {
        return sessionIds.contains(sessionId);
    }
}
