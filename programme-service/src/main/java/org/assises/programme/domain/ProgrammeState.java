package org.assises.programme.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The part of an edition's programme that conflict checking looks at, loaded with one query per table.
 *
 * @param days             the edition's days, null when the edition has none recorded
 * @param sessions         sessions that still take place (cancelled ones are left out)
 * @param interventions    talks still planned (withdrawn ones are left out)
 * @param signUps          sign-ups per session code, from registration's events
 * @param participantPicks per participant, the session codes they signed up for
 */
public record ProgrammeState(
        Days days,
        List<Slot> sessions,
        List<Talk> interventions,
        Map<String, Integer> signUps,
        Map<UUID, List<String>> participantPicks) {

    /** The edition's first and last day, in its time zone. */
    public record Days(LocalDate first, LocalDate last, ZoneId zone) {
    }

    /** A session as scheduled. */
    public record Slot(UUID id, String code, SessionKind kind, UUID roomId, Instant start, Instant end,
            Integer capacity, boolean mandatory) {
    }

    /** A talk: who, in which session, how long. */
    public record Talk(UUID id, UUID sessionId, UUID speakerId, int minutes) {
    }
}
