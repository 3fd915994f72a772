package org.assises.programme.service;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.assises.contracts.SessionEvent;
import org.assises.platform.persistence.Bilingual;
import org.assises.platform.problem.ProblemException;
import org.assises.programme.api.RoomRequest;
import org.assises.programme.domain.Edition;
import org.assises.programme.domain.Room;
import org.assises.programme.domain.Session;
import org.assises.programme.domain.Venue;
import org.assises.programme.events.SessionEvents;
import org.assises.programme.repository.ProgrammeVersionRepository;
import org.assises.programme.repository.RoomRepository;
import org.assises.programme.repository.SessionRepository;

import io.quarkus.logging.Log;

/** Creates, updates and deletes the rooms of venues; a capacity change reaches the sessions held there. */
@ApplicationScoped
public class RoomService {

    private final RoomRepository rooms;
    private final SessionRepository sessions;
    private final VenueService venues;
    private final EditionService editions;
    private final SessionEvents events;

    private final ProgrammeVersionRepository versions;

    public RoomService(RoomRepository rooms, SessionRepository sessions, VenueService venues, EditionService editions,
            SessionEvents events, ProgrammeVersionRepository versions) {
        this.versions = versions;
        this.rooms = rooms;
        this.sessions = sessions;
        this.venues = venues;
        this.editions = editions;
        this.events = events;
    }

    @Transactional
    public Room create(String edition, UUID venueId, RoomRequest request) {
        Venue venue = requireVenue(edition, venueId);
        Room room = new Room();
        room.id = UUID.randomUUID();
        room.venue = venue;
        room.createdAt = OffsetDateTime.now();
        apply(room, request);
        rooms.persist(room);
        return room;
    }

    /**
     * Changes the room to {@code change(current state)} (a PUT's body, or a merge patch applied to the current
     * state). One capacity rule: a session's own capacity never exceeds its room's, so lowering a room below a
     * session's own capacity is refused (409 naming those sessions) rather than leaving sessions the next update
     * refuses. Sessions whose effective capacity or room name changes are announced as changed.
     */
    @Transactional
    public Room update(String edition, UUID venueId, UUID roomId, UnaryOperator<RoomRequest> change) {
        requireVenue(edition, venueId);
        Room room = rooms.findByIdOptional(roomId, LockModeType.PESSIMISTIC_WRITE).filter(r -> r.venue.id.equals(venueId))
                .orElseThrow(() -> ProblemException.notFound("No room " + roomId + " in venue " + venueId));
        RoomRequest request = change.apply(RoomRequest.of(room));
        List<Session> held = sessions.inRoom(roomId);
        List<String> larger = held.stream().filter(s -> s.capacity != null && request.capacity() != null && s.capacity > request.capacity())
                .map(s -> s.code).sorted().toList();
        if (!larger.isEmpty()) {
            throw ProblemException.conflict("room-smaller-than-sessions", "Room " + roomId + " cannot go down to " + request.capacity()
                    + " seats: session(s) " + String.join(", ", larger) + " have more; lower or move them first", Map.of("sessions", larger));
        }
        Edition ed = editions.find(edition).orElse(null);
        ZoneId zone = ed == null ? ZoneId.of(EditionService.DEFAULT_ZONE) : ed.zone();
        List<SessionEvent> before = held.stream().map(s -> SessionEvents.data(s, zone)).toList();
        apply(room, request);
        for (int i = 0; i < held.size(); i++) {
            Session s = held.get(i);
            if (!Objects.equals(before.get(i), SessionEvents.data(s, zone))) {
                s.updatedAt = OffsetDateTime.now();
                events.changed(s, zone);
            }
        }
        return room;
    }

    /** Removes a room created by mistake: one no session uses and no published version shows. */
    @Transactional
    public void delete(String edition, UUID venueId, UUID roomId) {
        requireVenue(edition, venueId);
        Room room = rooms.findByIdOptional(roomId, LockModeType.PESSIMISTIC_WRITE).filter(r -> r.venue.id.equals(venueId))
                .orElseThrow(() -> ProblemException.notFound("No room " + roomId + " in venue " + venueId));
        List<String> used = sessions.inRoom(roomId).stream().map(s -> s.code).sorted().toList();
        if (!used.isEmpty()) {
            throw ProblemException.conflict("room-in-use", "Room " + roomId + " holds session(s) " + String.join(", ", used)
                    + "; move them first", Map.of("sessions", used));
        }
        versions.firstMentioning(edition, roomId).ifPresent(v -> {
            throw ProblemException.conflict("published-room", "Room " + roomId + " is in published version " + v, Map.of("version", v));
        });
        rooms.delete(room);
        Log.infof("Room %s of venue %s deleted", roomId, venueId);
    }

    public List<Room> ofVenue(String edition, UUID venueId) {
        requireVenue(edition, venueId);
        return rooms.ofVenue(venueId);
    }

    public Optional<Room> find(String edition, UUID venueId, UUID roomId) {
        return rooms.findByIdOptional(roomId).filter(r -> r.venue.id.equals(venueId) && r.venue.edition.equals(edition));
    }

    private Venue requireVenue(String edition, UUID venueId) {
        return venues.find(edition, venueId).orElseThrow(() -> ProblemException.notFound("No venue " + venueId + " in edition " + edition));
    }

    private static void apply(Room room, RoomRequest request) {
        room.name = Bilingual.stripped(request.name());
        room.capacity = request.capacity();
    }
}
