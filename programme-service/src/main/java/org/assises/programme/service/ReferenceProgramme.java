package org.assises.programme.service;

import java.time.LocalDate;
import java.util.List;

import org.assises.contracts.LocalizedText;
import org.assises.programme.api.EditionRequest;
import org.assises.programme.api.RoomRequest;
import org.assises.programme.api.SessionRequest;
import org.assises.programme.api.SpeakerRequest;
import org.assises.programme.api.VenueRequest;
import org.assises.programme.domain.InterventionStatus;

/**
 * A reference programme as bundled in {@code reference-programme/<edition>.json}: the same requests an
 * organiser would send, with keys instead of ids so that sessions can name their room and talks their speaker.
 */
public record ReferenceProgramme(EditionRequest edition, List<VenueEntry> venues, List<SpeakerEntry> speakers,
        List<SessionEntry> sessions, List<OpenItemEntry> openItems) {

    /** A venue and its rooms. */
    public record VenueEntry(String key, VenueRequest venue, List<RoomEntry> rooms) {
    }

    /** A room, with the key sessions name it by. */
    public record RoomEntry(String key, RoomRequest room) {
    }

    /** A speaker, with the key talks name them by. */
    public record SpeakerEntry(String key, SpeakerRequest speaker) {
    }

    /** A session (its roomId left out), the key of its room, and its talks. */
    public record SessionEntry(String room, SessionRequest session, List<TalkEntry> interventions) {
    }

    /** A talk, naming its speaker by key. */
    public record TalkEntry(String speaker, LocalizedText title, int position, Integer durationMinutes, InterventionStatus status) {
    }

    /** An open item on a session (by code) or on a side event (by subject). */
    public record OpenItemEntry(String session, String subject, String description, String owner, LocalDate dueDate) {
    }
}
