package org.assises.programme.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.contracts.SessionStatus;
import org.assises.platform.persistence.Bilingual;
import org.assises.platform.problem.Problem;
import org.assises.platform.problem.ProblemException;
import org.assises.programme.api.InterventionRequest;
import org.assises.programme.domain.Intervention;
import org.assises.programme.domain.InterventionStatus;
import org.assises.programme.domain.Session;
import org.assises.programme.domain.Speaker;
import org.assises.programme.repository.InterventionRepository;
import org.assises.programme.repository.SessionRepository;

/** Adds talks to sessions and changes them; one writer per session's running order at a time. */
@ApplicationScoped
public class InterventionService {

    private final InterventionRepository interventions;
    private final SessionRepository sessions;
    private final SpeakerService speakers;

    public InterventionService(InterventionRepository interventions, SessionRepository sessions, SpeakerService speakers) {
        this.interventions = interventions;
        this.sessions = sessions;
        this.speakers = speakers;
    }

    @Transactional
    public Intervention create(String edition, UUID sessionId, InterventionRequest request) {
        Session session = lockSession(edition, sessionId);
        Speaker speaker = validate(edition, session, request, null);
        Intervention intervention = new Intervention();
        intervention.id = UUID.randomUUID();
        intervention.session = session;
        intervention.createdAt = OffsetDateTime.now();
        apply(intervention, speaker, request);
        interventions.persist(intervention);
        return intervention;
    }

    @Transactional
    public Intervention update(String edition, UUID sessionId, UUID id, InterventionRequest request) {
        Session session = lockSession(edition, sessionId);
        Intervention intervention = interventions.findByIdOptional(id).filter(i -> i.session.id.equals(sessionId))
                .orElseThrow(() -> ProblemException.notFound("No intervention " + id + " in session " + sessionId));
        Speaker speaker = validate(edition, session, request, id);
        apply(intervention, speaker, request);
        return intervention;
    }

    public List<Intervention> ofSession(String edition, UUID sessionId) {
        sessions.inEdition(edition, sessionId).orElseThrow(() -> ProblemException.notFound("No session " + sessionId + " in edition " + edition));
        return interventions.ofSession(sessionId);
    }

    private Session lockSession(String edition, UUID sessionId) {
        Session session = sessions.lockedInEdition(edition, sessionId)
                .orElseThrow(() -> ProblemException.notFound("No session " + sessionId + " in edition " + edition));
        if (session.status == SessionStatus.CANCELLED) {
            throw ProblemException.conflict("session-cancelled", "Session " + session.code + " is cancelled; its talks cannot change");
        }
        return session;
    }

    private Speaker validate(String edition, Session session, InterventionRequest request, UUID self) {
        List<Problem.Violation> violations = new ArrayList<>();
        Speaker speaker = speakers.find(edition, request.speakerId()).orElse(null);
        if (speaker == null) {
            violations.add(new Problem.Violation("speakerId", "no such speaker in edition " + edition));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        // A valid position another talk holds is a state conflict (the running order), as the README promises.
        if (interventions.positionTaken(session.id, request.position(), self)) {
            throw ProblemException.conflict("position-taken", "Another talk of session " + session.code + " already has position "
                    + request.position());
        }
        return speaker;
    }

    private static void apply(Intervention intervention, Speaker speaker, InterventionRequest request) {
        intervention.speaker = speaker;
        intervention.title = Bilingual.stripped(request.title());
        intervention.position = request.position();
        intervention.durationMinutes = request.durationMinutes() == null ? Intervention.DEFAULT_MINUTES : request.durationMinutes();
        intervention.status = request.status() == null ? InterventionStatus.TO_BE_CONFIRMED : request.status();
    }
}
