package org.assises.programme.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.contracts.SessionStatus;
import org.assises.platform.persistence.Bilingual;
import org.assises.platform.problem.Problem;
import org.assises.platform.problem.ProblemException;
import org.assises.programme.api.InterventionRequest;
import org.assises.programme.domain.Intervention;
import org.assises.programme.domain.InterventionStatus;
import org.assises.programme.domain.RunningOrder;
import org.assises.programme.domain.Session;
import org.assises.programme.domain.Speaker;
import org.assises.programme.repository.InterventionRepository;
import org.assises.programme.repository.SessionRepository;

import io.quarkus.logging.Log;

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

    /** Changes the talk to {@code change(current state)}: a PUT's body, or a merge patch applied to the current state. */
    @Transactional
    public Intervention update(String edition, UUID sessionId, UUID id, UnaryOperator<InterventionRequest> change) {
        Session session = lockSession(edition, sessionId);
        Intervention intervention = interventions.findByIdOptional(id).filter(i -> i.session.id.equals(sessionId))
                .orElseThrow(() -> ProblemException.notFound("No intervention " + id + " in session " + sessionId));
        InterventionRequest request = change.apply(InterventionRequest.of(intervention));
        Speaker speaker = validate(edition, session, request, id);
        apply(intervention, speaker, request);
        return intervention;
    }

    /**
     * Puts the session's talks in the given order, positions re-packed from 1; the order names every talk still in
     * it (withdrawn talks are not in it). Uniqueness of positions is checked at commit, so swaps need no free slot.
     */
    @Transactional
    public List<Intervention> reorder(String edition, UUID sessionId, List<UUID> order) {
        lockSession(edition, sessionId);
        List<Intervention> talks = interventions.ofSession(sessionId);
        Map<UUID, Intervention> inOrder = new HashMap<>();
        talks.stream().filter(i -> i.position != null).forEach(i -> inOrder.put(i.id, i));
        List<String> problems = RunningOrder.problems(inOrder.keySet(), order);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems.stream().map(p -> new Problem.Violation("order", p)).toList());
        }
        for (int i = 0; i < order.size(); i++) {
            inOrder.get(order.get(i)).position = i + 1;
        }
        interventions.flush();
        Log.infof("Running order of session %s set: %d talks", sessionId, order.size());
        return interventions.ofSession(sessionId);
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
        if (request.position() != null && request.status() != InterventionStatus.WITHDRAWN
                && interventions.positionTaken(session.id, request.position(), self)) {
            throw ProblemException.conflict("position-taken", "Another talk of session " + session.code + " already has position "
                    + request.position());
        }
        return speaker;
    }

    private void apply(Intervention intervention, Speaker speaker, InterventionRequest request) {
        intervention.speaker = speaker;
        intervention.title = Bilingual.stripped(request.title());
        intervention.durationMinutes = request.durationMinutes() == null ? Intervention.DEFAULT_MINUTES : request.durationMinutes();
        intervention.status = request.status() == null ? InterventionStatus.TO_BE_CONFIRMED : request.status();
        // A withdrawn talk leaves the order, so its replacement can take its position.
        intervention.position = intervention.status == InterventionStatus.WITHDRAWN ? null
                : request.position() != null ? request.position() : interventions.nextPosition(intervention.session.id);
    }
}
