package org.assises.programme.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.assises.platform.problem.ProblemException;
import org.assises.programme.api.InterventionRequest;
import org.assises.programme.api.OpenItemRequest;
import org.assises.programme.api.SessionRequest;
import org.assises.programme.config.ProgrammeConfig;
import org.assises.programme.domain.Edition;
import org.assises.programme.domain.ProgrammeVersion;
import org.assises.programme.domain.Session;
import org.assises.programme.repository.EditionRepository;
import org.assises.programme.repository.SessionRepository;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads an edition's reference programme (the 2018 one of the minutes) so that a newcomer sees a real
 * programme at once. Idempotent: an edition is loaded once; a second call changes nothing. All or
 * nothing: one transaction, through the same rules as the API.
 */
@ApplicationScoped
public class ReferenceProgrammeLoader {

    private final ObjectMapper mapper;
    private final EditionRepository editionRepository;
    private final EditionService editions;
    private final VenueService venues;
    private final RoomService rooms;
    private final SpeakerService speakers;
    private final SessionService sessionService;
    private final SessionRepository sessions;
    private final InterventionService interventions;
    private final OpenItemService openItems;
    private final ProgrammeConfig config;
    private final PublicationService publications;

    public ReferenceProgrammeLoader(ObjectMapper mapper, EditionRepository editionRepository, EditionService editions,
            VenueService venues, RoomService rooms, SpeakerService speakers, SessionService sessionService, SessionRepository sessions,
            InterventionService interventions, OpenItemService openItems, ProgrammeConfig config, PublicationService publications) {
        this.mapper = mapper;
        this.editionRepository = editionRepository;
        this.editions = editions;
        this.venues = venues;
        this.rooms = rooms;
        this.speakers = speakers;
        this.sessionService = sessionService;
        this.sessions = sessions;
        this.interventions = interventions;
        this.openItems = openItems;
        this.config = config;
        this.publications = publications;
    }

    /** Loads each seed edition's reference programme and publishes it as version 1, so its public programme exists at once. */
    void onStart(@Observes StartupEvent start) {
        for (String edition : config.seedEditions().orElse(List.of())) {
            Result result = load(edition.strip());
            Log.infof("Reference programme of %s: %s", edition, result.loaded() ? "loaded, " + result.sessions() + " sessions" : "already there");
            if (publications.list(edition.strip()).isEmpty()) {
                // The reference programme is the one the 2018 minutes describe: published as it is, warnings included.
                ProgrammeVersion v1 = publications.publish(edition.strip(), true, "reference-programme");
                Log.infof("Reference programme of %s published as version %d", edition, v1.number);
            }
        }
    }

    @Transactional
    public Result load(String editionCode) {
        ReferenceProgramme reference = read(editionCode);
        editionRepository.lock(editionCode);
        Edition existing = editionRepository.findById(editionCode);
        if (existing != null && existing.referenceLoadedAt != null) {
            return new Result(editionCode, false, 0, 0, 0, 0, 0);
        }
        Edition edition = existing != null ? existing : editions.save(editionCode, reference.edition()).edition();

        Map<String, UUID> roomIds = new HashMap<>();
        for (ReferenceProgramme.VenueEntry v : reference.venues()) {
            UUID venueId = venues.create(editionCode, v.venue()).id;
            for (ReferenceProgramme.RoomEntry r : v.rooms()) {
                roomIds.put(r.key(), rooms.create(editionCode, venueId, r.room()).id);
            }
        }
        Map<String, UUID> speakerIds = new HashMap<>();
        for (ReferenceProgramme.SpeakerEntry s : reference.speakers()) {
            speakerIds.put(s.key(), speakers.create(editionCode, s.speaker()).id);
        }
        int created = 0;
        int talks = 0;
        for (ReferenceProgramme.SessionEntry entry : reference.sessions()) {
            SessionRequest s = entry.session();
            // Sessions an organiser already created by hand keep their state.
            if (sessions.byCode(editionCode, s.code()).isPresent()) {
                continue;
            }
            UUID roomId = entry.room() == null ? null : require(roomIds, entry.room(), "room");
            Session session = sessionService.create(editionCode, new SessionRequest(s.code(), s.kind(), s.title(), s.description(),
                    s.theme(), roomId, s.start(), s.end(), s.status(), s.capacity(), s.audience(), s.mandatory(), s.coChairs()));
            created++;
            for (ReferenceProgramme.TalkEntry t : entry.interventions() == null ? List.<ReferenceProgramme.TalkEntry>of() : entry.interventions()) {
                interventions.create(editionCode, session.id, new InterventionRequest(require(speakerIds, t.speaker(), "speaker"),
                        t.title(), t.position(), t.durationMinutes(), t.status()));
                talks++;
            }
        }
        int items = 0;
        for (ReferenceProgramme.OpenItemEntry o : reference.openItems()) {
            UUID sessionId = o.session() == null ? null
                    : sessions.byCode(editionCode, o.session()).map(s -> s.id)
                            .orElseThrow(() -> new IllegalStateException("reference open item names unknown session " + o.session()));
            openItems.create(editionCode, new OpenItemRequest(sessionId, o.subject(), o.description(), o.owner(), o.dueDate(), null));
            items++;
        }
        edition.referenceLoadedAt = OffsetDateTime.now();
        return new Result(editionCode, true, reference.venues().size(), created, reference.speakers().size(), talks, items);
    }

    private ReferenceProgramme read(String edition) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource(edition))) {
            if (in == null) {
                throw ProblemException.notFound("No reference programme is bundled for edition " + edition);
            }
            return mapper.readValue(in, ReferenceProgramme.class);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled reference programme of " + edition + " is unreadable", e);
        }
    }

    private static UUID require(Map<String, UUID> ids, String key, String what) {
        UUID id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("the reference programme names an unknown " + what + " " + key);
        }
        return id;
    }

    private static String resource(String edition) {
        return "reference-programme/" + edition + ".json";
    }

    /** What a load did: nothing when the edition was loaded before. */
    public record Result(String edition, boolean loaded, int venues, int sessions, int speakers, int interventions, int openItems) {
    }
}
