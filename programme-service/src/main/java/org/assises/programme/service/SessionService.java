package org.assises.programme.service;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.contracts.SessionEvent;
import org.assises.contracts.SessionStatus;
import org.assises.platform.persistence.Bilingual;
import org.assises.platform.problem.Problem;
import org.assises.platform.problem.ProblemException;
import org.assises.programme.api.SessionRequest;
import org.assises.programme.domain.Audience;
import org.assises.programme.domain.CoChairPair;
import org.assises.programme.domain.Edition;
import org.assises.programme.domain.Intervention;
import org.assises.programme.domain.OpenItem;
import org.assises.programme.domain.Room;
import org.assises.programme.domain.Session;
import org.assises.programme.domain.Warning;
import org.assises.programme.events.SessionEvents;
import org.assises.programme.repository.EditionRepository;
import org.assises.programme.repository.InterventionRepository;
import org.assises.programme.repository.OpenItemRepository;
import org.assises.programme.repository.ProgrammeVersionRepository;
import org.assises.programme.repository.RoomRepository;
import org.assises.programme.repository.SessionRepository;
import org.assises.programme.repository.SignUpRepository;

import io.quarkus.logging.Log;

/** Creates, changes and reads the sessions of the working programme; every change goes out as an event. */
@ApplicationScoped
public class SessionService {

    /** A session lasts at most this long, unless its kind runs for days (an exhibition, a tasting stand). */
    static final Duration LONGEST_SESSION = Duration.ofHours(12);
    static final Duration LONGEST_SIDE_EVENT = Duration.ofDays(14);

    private final SessionRepository sessions;
    private final RoomRepository rooms;
    private final EditionRepository editionRepository;
    private final EditionService editions;
    private final InterventionRepository interventions;
    private final OpenItemRepository openItems;
    private final SignUpRepository signUps;
    private final WarningService warnings;
    private final SessionEvents events;
    private final ProgrammeVersionRepository versions;

    public SessionService(SessionRepository sessions, RoomRepository rooms, EditionRepository editionRepository, EditionService editions,
            InterventionRepository interventions, OpenItemRepository openItems, SignUpRepository signUps, WarningService warnings,
            SessionEvents events, ProgrammeVersionRepository versions) {
        this.versions = versions;
        this.sessions = sessions;
        this.rooms = rooms;
        this.editionRepository = editionRepository;
        this.editions = editions;
        this.interventions = interventions;
        this.openItems = openItems;
        this.signUps = signUps;
        this.warnings = warnings;
        this.events = events;
    }

    @Transactional
    public Session create(String editionCode, SessionRequest request) {
        Edition edition = editions.require(editionCode);
        Room room = validate(edition, request);
        // Codes are unique per edition: serialise creators of one edition so the check holds.
        editionRepository.lock(editionCode);
        Optional<Session> existing = sessions.byCode(editionCode, request.code());
        if (existing.isPresent() && existing.get().status == SessionStatus.CANCELLED) {
            // Participants chose by this code: bring the cancelled session back rather than a second one under its name.
            throw ProblemException.conflict("code-of-cancelled-session", "Session " + request.code() + " of edition " + editionCode
                    + " was cancelled; restore it with PATCH {\"status\": \"DRAFT\"} on /api/v1/editions/" + editionCode + "/sessions/"
                    + existing.get().id, Map.of("sessionId", existing.get().id));
        }
        if (existing.isPresent()) {
            throw ProblemException.conflict("duplicate-code", "Edition " + editionCode + " already has a session " + request.code());
        }
        Session session = new Session();
        session.id = UUID.randomUUID();
        session.edition = editionCode;
        session.code = request.code();
        session.createdAt = OffsetDateTime.now();
        apply(session, request, room);
        session.status = request.status() == null ? SessionStatus.DRAFT : request.status();
        sessions.persist(session);
        sessions.flush();
        events.created(session, edition.zone());
        return session;
    }

    /**
     * Changes the session to {@code change(current state)} under its lock: a PUT's body replaces the state, a
     * merge patch is applied to the current one. Consumers hear of it when something they see changed, and
     * of a restoration as such.
     */
    @Transactional
    public Session update(String editionCode, UUID id, UnaryOperator<SessionRequest> change) {
        Edition edition = editions.require(editionCode);
        Session session = sessions.lockedInEdition(editionCode, id)
                .orElseThrow(() -> ProblemException.notFound("No session " + id + " in edition " + editionCode));
        SessionRequest request = change.apply(SessionRequest.of(session));
        Room room = validate(edition, request);
        if (!session.code.equals(request.code())) {
            throw ProblemException.conflict("code-is-stable",
                    "The code of session " + session.code + " cannot change: participants sign up by it");
        }
        SessionStatus target = request.status() == null ? session.status : request.status();
        if (!session.status.canMoveTo(target)) {
            throw ProblemException.conflict("invalid-transition", "Session " + session.code + " cannot go from " + session.status
                    + " to " + target + (session.status == SessionStatus.CANCELLED ? ": a cancelled session is restored as DRAFT or TENTATIVE" : ""));
        }
        boolean restored = session.status == SessionStatus.CANCELLED && target != SessionStatus.CANCELLED;
        SessionEvent before = SessionEvents.data(session, edition.zone());
        apply(session, request, room);
        session.status = target;
        if (restored) {
            events.restored(session, edition.zone());
            Log.infof("Session %s of %s restored as %s", session.id, editionCode, target);
        } else if (!Objects.equals(before, SessionEvents.data(session, edition.zone()))) {
            events.changed(session, edition.zone());
        }
        return session;
    }

    /**
     * Removes a session that no published version shows, with its talks and open items; a published one is
     * cancelled instead (participants and calendars have seen it). Consumers drop or close what they keep of it.
     */
    @Transactional
    public void delete(String editionCode, UUID id) {
        Edition edition = editions.require(editionCode);
        editionRepository.lock(editionCode);
        Session session = sessions.lockedInEdition(editionCode, id)
                .orElseThrow(() -> ProblemException.notFound("No session " + id + " in edition " + editionCode));
        versions.firstMentioning(editionCode, id).ifPresent(v -> {
            throw ProblemException.conflict("published-session", "Session " + session.code + " is in published version " + v
                    + "; cancel it instead (status CANCELLED)", Map.of("version", v));
        });
        SessionEvent last = SessionEvents.data(session, edition.zone());
        interventions.delete("session.id", id);
        openItems.delete("sessionId", id);
        signUps.forgetSession(editionCode, session.code);
        sessions.delete(session);
        events.deleted(last);
        Log.infof("Session %s of %s deleted (never published)", id, editionCode);
    }

    /**
     * A session with what the working programme shows next to it.
     *
     * @param codes the session codes warnings name their sessions by
     * @param today the edition's today, which decides whether an open item is overdue
     */
    public record SessionDetails(Session session, ZoneId zone, int signUps, List<Intervention> interventions, List<Warning> warnings,
            Map<UUID, String> codes, List<OpenItem> openItems, LocalDate today) {
    }

    /** One session with its talks, sign-ups, warnings and open items. */
    public Optional<SessionDetails> details(String editionCode, UUID id) {
        Edition edition = editions.require(editionCode);
        return sessions.inEdition(editionCode, id).map(session -> {
            Map<String, Integer> counts = signUps.counts(editionCode);
            WarningService.Result result = warnings.compute(edition, sessions.ofEdition(editionCode), counts);
            return new SessionDetails(session, edition.zone(), counts.getOrDefault(session.code, 0), interventions.ofSession(id),
                    result.warnings().stream().filter(w -> w.concerns(id)).toList(), result.codes(), openItems.ofSession(id),
                    LocalDate.now(edition.zone()));
        });
    }

    /** The whole working programme in time order, each session with its talks, sign-ups, warnings and open items. */
    public List<SessionDetails> list(String editionCode) {
        Edition edition = editions.require(editionCode);
        List<Session> all = sessions.ofEdition(editionCode);
        Map<String, Integer> counts = signUps.counts(editionCode);
        WarningService.Result result = warnings.compute(edition, all, counts);
        Map<UUID, List<Intervention>> talks = interventions.ofEdition(editionCode).stream()
                .collect(Collectors.groupingBy(i -> i.session.id));
        LocalDate today = LocalDate.now(edition.zone());
        Map<UUID, List<OpenItem>> items = openItems.ofEdition(editionCode).stream().filter(o -> o.sessionId != null)
                .collect(Collectors.groupingBy(o -> o.sessionId));
        return all.stream().map(s -> new SessionDetails(s, edition.zone(), counts.getOrDefault(s.code, 0),
                talks.getOrDefault(s.id, List.of()), result.warnings().stream().filter(w -> w.concerns(s.id)).toList(), result.codes(),
                items.getOrDefault(s.id, List.of()), today)).toList();
    }

    /** Checks what Bean Validation cannot see; every reason at once, so nothing is written on bad input. */
    private Room validate(Edition edition, SessionRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (!request.end().isAfter(request.start())) {
            violations.add(new Problem.Violation("end", "must be after start"));
        } else {
            Duration length = Duration.between(request.start(), request.end());
            Duration longest = request.kind().spansDays() ? LONGEST_SIDE_EVENT : LONGEST_SESSION;
            if (length.compareTo(longest) > 0) {
                violations.add(new Problem.Violation("end", "a " + request.kind() + " session lasts at most " + longest.toHours()
                        + " hours"));
            }
        }
        CoChairPair.problems(request.coChairs()).forEach(p -> violations.add(new Problem.Violation("coChairs", p)));
        Room room = null;
        if (request.roomId() != null) {
            room = rooms.findByIdOptional(request.roomId()).filter(r -> r.venue.edition.equals(edition.code)).orElse(null);
            if (room == null) {
                violations.add(new Problem.Violation("roomId", "no such room in edition " + edition.code));
            } else if (request.capacity() != null && room.capacity != null && request.capacity() > room.capacity) {
                violations.add(new Problem.Violation("capacity", "must not exceed the room's " + room.capacity + " seats"
                        + " (leave it out to use the room's)"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return room;
    }

    private static void apply(Session session, SessionRequest request, Room room) {
        session.kind = request.kind();
        session.title = Bilingual.stripped(request.title());
        session.description = Bilingual.of(request.description());
        session.theme = request.theme();
        session.room = room;
        session.startsAt = request.start();
        session.endsAt = request.end();
        session.capacity = request.capacity();
        session.audience = request.audience() == null ? Audience.OPEN : request.audience();
        session.mandatory = Boolean.TRUE.equals(request.mandatory());
        session.coChairs(request.coChairs());
        session.updatedAt = OffsetDateTime.now();
    }
}
