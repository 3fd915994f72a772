package org.assises.programme.service;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.assises.programme.repository.RoomRepository;
import org.assises.programme.repository.SessionRepository;

/** Creates and updates the rooms of venues; a capacity change reaches the sessions held there. */
@ApplicationScoped
public class RoomService {

    private final RoomRepository rooms;
    private final SessionRepository sessions;
    private final VenueService venues;
    private final EditionService editions;
    private final SessionEvents events;

    public RoomService(RoomRepository rooms, SessionRepository sessions, VenueService venues, EditionService editions,
            SessionEvents events) {
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

    /** Updates the room; sessions whose effective capacity or room name changes are announced as changed. */
    @Transactional
    public Room update(String edition, UUID venueId, UUID roomId, RoomRequest request) {
        requireVenue(edition, venueId);
        Room room = rooms.findByIdOptional(roomId).filter(r -> r.venue.id.equals(venueId))
                .orElseThrow(() -> ProblemException.notFound("No room " + roomId + " in venue " + venueId));
        List<Session> held = sessions.inRoom(roomId);
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
