package org.assises.awards.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.awards.api.ScoreRequest;
import org.assises.awards.domain.Application;
import org.assises.awards.domain.AwardCall;
import org.assises.awards.domain.ConflictStatus;
import org.assises.awards.domain.Juror;
import org.assises.awards.domain.Prize;
import org.assises.awards.domain.Rulebook;
import org.assises.awards.domain.ScoreChange;
import org.assises.awards.domain.ScoreSheet;
import org.assises.awards.domain.Standings;
import org.assises.awards.repository.ApplicationRepository;
import org.assises.awards.repository.AssignmentRepository;
import org.assises.awards.repository.ConflictRepository;
import org.assises.awards.repository.JurorRepository;
import org.assises.awards.repository.PrizeRepository;
import org.assises.awards.repository.ScoreChangeRepository;
import org.assises.awards.repository.ScoreSheetRepository;
import org.assises.platform.problem.Problem.Violation;
import org.assises.platform.problem.ProblemException;

import io.quarkus.logging.Log;

/**
 * Jurors' scores (only on their assigned, non-conflicted applications, only while the scoring phase is
 * open, every change kept) and the standings computed from them.
 */
@ApplicationScoped
public class ScoringService {

    private final CallService calls;
    private final JuryService jury;
    private final ScoreSheetRepository sheets;
    private final ScoreChangeRepository changes;
    private final ConflictRepository conflicts;
    private final JurorRepository jurors;
    private final ApplicationRepository applications;
    private final PrizeRepository prizes;
    private final AssignmentRepository assignments;
    private final Clock clock;

    public ScoringService(CallService calls, JuryService jury, ScoreSheetRepository sheets, ScoreChangeRepository changes,
            ConflictRepository conflicts, JurorRepository jurors, ApplicationRepository applications, PrizeRepository prizes, AssignmentRepository assignments,
            Clock clock) {
        this.calls = calls;
        this.jury = jury;
        this.sheets = sheets;
        this.changes = changes;
        this.conflicts = conflicts;
        this.jurors = jurors;
        this.applications = applications;
        this.prizes = prizes;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** A sheet with its weighted total and whether a confirmed conflict takes it out. */
    public record ScoredSheet(ScoreSheet sheet, double total, boolean excluded) {
    }

    /** Every sheet of an application and its history. */
    public record ApplicationSheets(List<ScoredSheet> sheets, List<ScoreChange> history) {
    }

    /** Everything a ranking needs: the call, the standings, the prizes and the applications by id. */
    public record Ranking(AwardCall call, Standings standings, List<Prize> prizes, Map<UUID, Application> applications) {
    }

    /** The juror scores an application; a 404 when it is not theirs to read, 409 outside the scoring phase. */
    @Transactional
    public ScoredSheet score(Juror juror, UUID applicationId, ScoreRequest request) {
        Application application = jury.readable(juror, applicationId)
                .orElseThrow(() -> ProblemException.notFound("No application " + applicationId + " assigned to you"));
        // Held until the sheet is written: an organiser taking the juror off the application waits, then finds the sheet.
        assignments.locked(juror.id, applicationId, false)
                .orElseThrow(() -> ProblemException.notFound("No application " + applicationId + " assigned to you"));
        AwardCall call = calls.require(juror.edition);
        if (!call.scoringOpenAt(clock.instant())) {
            throw ProblemException.conflict("scoring-closed", "The scoring phase of " + juror.edition + " runs from "
                    + call.scoringOpensAt + " to " + call.scoringClosesAt + ": scores cannot change now");
        }
        Rulebook rulebook = call.rulebook(calls.criteria(juror.edition));
        List<Violation> violations = new ArrayList<>(rulebook.check(request.scores()));
        if (request.comment() != null && !request.comment().isBlank() && request.commentLanguage() == null) {
            violations.add(new Violation("commentLanguage", "is required with a comment: fr or zh"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<ScoreSheet> existing = sheets.of(juror.id, applicationId);
        ScoreSheet sheet = existing.orElseGet(ScoreSheet::new);
        Map<String, Integer> before = existing.map(s -> s.scores).orElse(null);
        Map<String, Integer> ordered = new LinkedHashMap<>();
        rulebook.weights().keySet().forEach(code -> ordered.put(code, request.scores().get(code)));
        sheet.jurorId = juror.id;
        sheet.applicationId = application.id;
        sheet.edition = juror.edition;
        sheet.scores = ordered;
        sheet.comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        sheet.commentLanguage = sheet.comment == null ? null : request.commentLanguage();
        sheet.updatedAt = now;
        if (existing.isEmpty()) {
            sheets.persist(sheet);
        }
        ScoreChange change = new ScoreChange();
        change.id = UUID.randomUUID();
        change.jurorId = juror.id;
        change.applicationId = application.id;
        change.kind = existing.isEmpty() ? ScoreChange.Kind.SCORED : ScoreChange.Kind.CHANGED;
        change.changedBy = juror.subject;
        change.changedAt = now;
        change.before = before;
        change.after = ordered;
        changes.persist(change);
        Log.infof("juror %s %s application %s", juror.id, existing.isEmpty() ? "scored" : "changed the score of", application.id);
        return new ScoredSheet(sheet, rulebook.weightedTotal(ordered), false);
    }

    /** The juror's own sheet on an application they may read. */
    public Optional<ScoredSheet> mine(Juror juror, UUID applicationId) {
        if (jury.readable(juror, applicationId).isEmpty()) {
            throw ProblemException.notFound("No application " + applicationId + " assigned to you");
        }
        Rulebook rulebook = calls.require(juror.edition).rulebook(calls.criteria(juror.edition));
        return sheets.of(juror.id, applicationId).map(s -> new ScoredSheet(s, rulebook.weightedTotal(s.scores), false));
    }

    /** Every sheet of an application with its history, for organisers. */
    public ApplicationSheets ofApplication(String edition, UUID applicationId) {
        applications.inEdition(edition, applicationId)
                .orElseThrow(() -> ProblemException.notFound("No application " + applicationId + " in " + edition));
        Rulebook rulebook = calls.require(edition).rulebook(calls.criteria(edition));
        List<ScoredSheet> scored = sheets.ofApplication(applicationId).stream()
                .map(s -> new ScoredSheet(s, rulebook.weightedTotal(s.scores), conflicts.confirmed(s.jurorId, s.applicationId)))
                .toList();
        return new ApplicationSheets(scored, changes.ofApplication(applicationId));
    }

    /** The standings of every application in competition and the prizes to rank them for. */
    public Ranking ranking(String edition) {
        AwardCall call = calls.require(edition);
        Rulebook rulebook = call.rulebook(calls.criteria(edition));
        Map<UUID, Application> competing = applications.inCompetition(edition).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<UUID, Juror> jury = jurors.ofEdition(edition).stream().collect(Collectors.toMap(j -> j.id, Function.identity()));
        Set<String> excluded = conflicts.ofEdition(edition).stream().filter(c -> c.status == ConflictStatus.CONFIRMED)
                .map(c -> c.jurorId + "/" + c.applicationId).collect(Collectors.toSet());
        List<Standings.Sheet> counted = sheets.ofEdition(edition).stream()
                .filter(s -> competing.containsKey(s.applicationId))
                .map(s -> new Standings.Sheet(s.jurorId, jury.get(s.jurorId).side, s.applicationId, s.scores,
                        excluded.contains(s.jurorId + "/" + s.applicationId)))
                .toList();
        Standings standings = Standings.compute(rulebook,
                competing.values().stream().map(a -> new Standings.Candidate(a.id, a.theme)).toList(), counted);
        return new Ranking(call, standings, prizes.ofEdition(edition), competing);
    }
}
