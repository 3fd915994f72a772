package org.assises.programme.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.contracts.SessionStatus;
import org.assises.contracts.Side;
import org.assises.programme.domain.CoChairPair;
import org.assises.programme.domain.ConflictWarnings;
import org.assises.programme.domain.Edition;
import org.assises.programme.domain.ProgrammeState;
import org.assises.programme.domain.Session;
import org.assises.programme.domain.Warning;
import org.assises.programme.domain.WarningKind;
import org.assises.programme.repository.InterventionRepository;
import org.assises.programme.repository.SessionRepository;
import org.assises.programme.repository.SignUpRepository;

/** Loads an edition's programme (one query per table) and computes its conflict warnings. */
@ApplicationScoped
public class WarningService {

    private final SessionRepository sessions;
    private final InterventionRepository interventions;
    private final SignUpRepository signUps;

    public WarningService(SessionRepository sessions, InterventionRepository interventions, SignUpRepository signUps) {
        this.sessions = sessions;
        this.interventions = interventions;
        this.signUps = signUps;
    }

    /** The warnings of the edition, with the session codes they mention. */
    public Result compute(Edition edition) {
        return compute(edition, sessions.ofEdition(edition.code), signUps.counts(edition.code));
    }

    /** The warnings, for callers that already hold the sessions and the sign-up counts. */
    public Result compute(Edition edition, List<Session> all, Map<String, Integer> counts) {
        Map<UUID, String> codes = new HashMap<>();
        List<ProgrammeState.Slot> slots = all.stream()
                .peek(s -> codes.put(s.id, s.code))
                .filter(s -> s.status != SessionStatus.CANCELLED)
                .map(s -> new ProgrammeState.Slot(s.id, s.code, s.kind, s.room == null ? null : s.room.id,
                        s.startsAt.toInstant(), s.endsAt.toInstant(), s.effectiveCapacity(), s.mandatory))
                .toList();
        ProgrammeState state = new ProgrammeState(
                new ProgrammeState.Days(edition.startsOn, edition.endsOn, edition.zone()),
                slots, interventions.talks(edition.code), counts, signUps.picks(edition.code));
        List<Warning> warnings = new ArrayList<>(ConflictWarnings.of(state));
        all.stream().filter(s -> s.status != SessionStatus.CANCELLED && CoChairPair.incomplete(s.coChairs()))
                .map(s -> new Warning(WarningKind.CO_CHAIRS_INCOMPLETE, List.of(s.id), null, "Session " + s.code + " has its "
                        + s.coChairs().get(0).side() + " co-chair only; the pair needs a "
                        + (s.coChairs().get(0).side() == Side.FRENCH ? Side.CHINESE : Side.FRENCH) + " local government"))
                .forEach(warnings::add);
        return new Result(warnings, codes);
    }

    /** Warnings and the codes of the sessions of the edition. */
    public record Result(List<Warning> warnings, Map<UUID, String> codes) {
    }
}
