package org.assises.contracts;

import java.util.Set;

/** CloudEvent types: {@code assises.<service>.<aggregate>.<verb>.v1}. The catalogue is docs/events.md. */
public final class EventTypes {

    public static final String PARTICIPANT_REGISTERED = "assises.registration.participant.registered.v1";
    public static final String PARTICIPANT_CONFIRMED = "assises.registration.participant.confirmed.v1";
    public static final String PARTICIPANT_WAITLISTED = "assises.registration.participant.waitlisted.v1";
    public static final String PARTICIPANT_PROMOTED = "assises.registration.participant.promoted.v1";
    public static final String PARTICIPANT_UPDATED = "assises.registration.participant.updated.v1";
    public static final String PARTICIPANT_CANCELLED = "assises.registration.participant.cancelled.v1";
    public static final String PARTICIPANT_WITHDRAWN = "assises.registration.participant.withdrawn.v1";

    /** Every participant event type: each carries the participant's whole current state. */
    public static final Set<String> PARTICIPANT_ALL = Set.of(PARTICIPANT_REGISTERED, PARTICIPANT_CONFIRMED,
            PARTICIPANT_WAITLISTED, PARTICIPANT_PROMOTED, PARTICIPANT_UPDATED, PARTICIPANT_CANCELLED, PARTICIPANT_WITHDRAWN);

    /**
     * The participant's whole current state, re-emitted on demand so that a consumer can rebuild its read model
     * (data {@link ParticipantEvent}). Not in {@link #PARTICIPANT_ALL}: nothing happened to the participant, so
     * consumers that react to changes (APCAE's feed) do not see it; read models register it explicitly.
     */
    public static final String PARTICIPANT_SNAPSHOT = "assises.registration.participant.snapshot.v1";

    /** Papers and the door, also on registration.participants (not in PARTICIPANT_ALL: their data is not a ParticipantEvent). */
    public static final String PARTICIPANT_CHECKED_IN = "assises.registration.participant.checked-in.v1";
    public static final String LETTER_ISSUED = "assises.registration.letter.issued.v1";
    public static final String LETTER_REVOKED = "assises.registration.letter.revoked.v1";

    public static final String EDITION_CREATED = "assises.programme.edition.created.v1";
    public static final String EDITION_CHANGED = "assises.programme.edition.changed.v1";

    public static final String SESSION_CREATED = "assises.programme.session.created.v1";
    public static final String SESSION_CHANGED = "assises.programme.session.changed.v1";
    public static final String SESSION_CANCELLED = "assises.programme.session.cancelled.v1";
    /** A cancelled session back in the programme (as a draft or tentative session). */
    public static final String SESSION_RESTORED = "assises.programme.session.restored.v1";
    /** A session that was never published, removed; the data is its last state. */
    public static final String SESSION_DELETED = "assises.programme.session.deleted.v1";
    /**
     * A session's current state, re-emitted on demand so that a consumer can rebuild its read model (data
     * {@link SessionEvent}); nothing happened to the session.
     */
    public static final String SESSION_SNAPSHOT = "assises.programme.session.snapshot.v1";
    public static final String PROGRAMME_VERSION_PUBLISHED = "assises.programme.version.published.v1";

    /** An edition's laureates, once, when the embargo ends at the ceremony time. */
    public static final String AWARDS_RESULTS_PUBLISHED = "assises.awards.results.published.v1";

    /** A participant's logistics (room and nights, VIP pickups, shuttle seats) changed: {@link ParticipantAssignments}. */
    public static final String ASSIGNMENTS_CHANGED = "assises.logistics.assignments.changed.v1";

    private EventTypes() {
    }
}
