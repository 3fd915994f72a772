package org.assises.programme.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.assises.contracts.LocalizedText;
import org.assises.contracts.SessionStatus;
import org.assises.contracts.Theme;
import org.assises.programme.domain.Audience;
import org.assises.programme.domain.LocalGovernment;
import org.assises.programme.domain.Session;
import org.assises.programme.domain.SessionKind;
import org.assises.programme.service.SessionService;

/**
 * A session of the working programme, with its talks, its sign-ups, the warnings that concern it and its
 * open items.
 *
 * @param capacity          seats open to sign-ups (the room's unless the session's own limit is lower)
 * @param requestedCapacity the session's own limit, if any
 */
public record SessionResponse(UUID id, long number, String edition, String code, SessionKind kind, LocalizedText title,
        LocalizedText description, Theme theme, SessionStatus status, OffsetDateTime start, OffsetDateTime end, PlaceView venue,
        PlaceView room, Integer capacity, Integer requestedCapacity, Audience audience, boolean mandatory, List<LocalGovernment> coChairs,
        int signUps, List<InterventionResponse> interventions, List<WarningResponse> warnings, List<OpenItemResponse> openItems) {

    public static SessionResponse from(SessionService.SessionDetails d) {
        return from(d.session(), d.zone(), d.signUps(), d.interventions().stream().map(InterventionResponse::from).toList(),
                d.warnings().stream().map(w -> WarningResponse.from(w, d.codes())).toList(),
                d.openItems().stream().map(o -> OpenItemResponse.from(o, d.today())).toList());
    }

    private static SessionResponse from(Session s, ZoneId zone, int signUps, List<InterventionResponse> interventions,
            List<WarningResponse> warnings, List<OpenItemResponse> openItems) {
        return new SessionResponse(s.id, s.number == null ? 0 : s.number, s.edition, s.code, s.kind, s.title(), s.description(),
                s.theme, s.status, s.startsAt.atZoneSameInstant(zone).toOffsetDateTime(),
                s.endsAt.atZoneSameInstant(zone).toOffsetDateTime(), venueOf(s), roomOf(s), s.effectiveCapacity(), s.capacity,
                s.audience, s.mandatory, s.coChairs(), signUps, interventions, warnings, openItems);
    }

    /** The session's venue, through its room. */
    public static PlaceView venueOf(Session s) {
        return s.room == null ? null : new PlaceView(s.room.venue.id, s.room.venue.name(), s.room.venue.address, null);
    }

    /** The session's room and its seats. */
    public static PlaceView roomOf(Session s) {
        return s.room == null ? null : new PlaceView(s.room.id, s.room.name(), null, s.room.capacity);
    }

}
