package org.assises.awards.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.awards.api.DecisionRequest;
import org.assises.awards.api.DeliberationRequest;
import org.assises.awards.domain.Application;
import org.assises.awards.domain.ApplicationStatus;
import org.assises.awards.domain.Assignment;
import org.assises.awards.domain.AwardCall;
import org.assises.awards.domain.ConflictStatus;
import org.assises.awards.domain.Decision;
import org.assises.awards.domain.Deliberation;
import org.assises.awards.domain.DeliberationRules;
import org.assises.awards.domain.Juror;
import org.assises.awards.domain.Outcome;
import org.assises.awards.domain.Prize;
import org.assises.awards.domain.Recusal;
import org.assises.awards.repository.ApplicationRepository;
import org.assises.awards.repository.ConflictRepository;
import org.assises.awards.repository.DecisionRepository;
import org.assises.awards.repository.DeliberationRepository;
import org.assises.awards.repository.JurorRepository;
import org.assises.awards.repository.PrizeRepository;
import org.assises.awards.repository.RecusalRepository;
import org.assises.platform.problem.Problem.Violation;
import org.assises.platform.problem.ProblemException;

import io.quarkus.logging.Log;

/**
 * The jury meeting's record: members present (quorum and bi-national balance), recusals, decisions
 * with their vote and reason; closing freezes the decisions and turns them into application statuses.
 */
@ApplicationScoped
public class DeliberationService {

    private final CallService calls;
    private final DeliberationRepository deliberations;
    private final JurorRepository jurors;
    private final ApplicationRepository applications;
    private final RecusalRepository recusals;
    private final DecisionRepository decisions;
    private final PrizeRepository prizes;
    private final ConflictRepository conflicts;
    private final Clock clock;

    public DeliberationService(CallService calls, DeliberationRepository deliberations, JurorRepository jurors,
            ApplicationRepository applications, RecusalRepository recusals, DecisionRepository decisions, PrizeRepository prizes,
            ConflictRepository conflicts, Clock clock) {
        this.calls = calls;
        this.deliberations = deliberations;
        this.jurors = jurors;
        this.applications = applications;
        this.recusals = recusals;
        this.decisions = decisions;
        this.prizes = prizes;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    /** The whole record. */
    public record Record(Deliberation deliberation, List<Juror> present, List<Recusal> recusals, List<Decision> decisions) {
    }

    /** Opens the record once the scoring phase is over, with a quorate and balanced jury present. */
    @Transactional
    public Record open(String edition, DeliberationRequest request, String by) {
        AwardCall call = calls.require(edition);
        if (call.scoringOpenAt(clock.instant()) || !call.scoringStartedAt(clock.instant())) {
            throw ProblemException.conflict("scoring-not-over", "The jury deliberates after the scoring phase, which ends at "
                    + call.scoringClosesAt);
        }
        if (deliberations.findByIdOptional(edition).isPresent()) {
            throw ProblemException.conflict("deliberation-exists", "The deliberation of " + edition + " is already recorded");
        }
        jurors.lockJury(edition);
        List<Juror> present = members(edition, request.present());
        String notQuorate = DeliberationRules.whyNotQuorate(present.stream().map(j -> j.side).toList(), call.deliberationQuorum);
        if (notQuorate != null) {
            throw ProblemException.conflict("jury-not-quorate", "The jury cannot deliberate: " + notQuorate);
        }
        Deliberation deliberation = new Deliberation();
        deliberation.edition = edition;
        deliberation.status = Deliberation.Status.OPEN;
        deliberation.heldAt = request.heldAt();
        deliberation.present = present.stream().map(j -> j.id).toList();
        deliberation.openedBy = by;
        deliberations.persist(deliberation);
        Log.infof("deliberation of %s opened with %d members present", edition, present.size());
        return record(deliberation);
    }

    @Transactional
    public Record recuse(String edition, UUID jurorId, UUID applicationId, String reason) {
        Deliberation deliberation = lockedOpen(edition);
        if (!deliberation.present.contains(jurorId)) {
            throw ProblemException.invalid("jurorId", "is not a member present at the deliberation");
        }
        competing(edition, applicationId);
        if (recusals.findByIdOptional(new Assignment.Key(jurorId, applicationId)).isPresent()) {
            throw ProblemException.conflict("recusal-exists", "Juror " + jurorId + " already stands aside for " + applicationId);
        }
        Recusal recusal = new Recusal();
        recusal.edition = edition;
        recusal.jurorId = jurorId;
        recusal.applicationId = applicationId;
        recusal.reason = reason.strip();
        recusals.persist(recusal);
        Log.infof("juror %s stands aside for application %s", jurorId, applicationId);
        return record(deliberation);
    }

    /** Records (or replaces) the decision on an application while the deliberation is open. */
    @Transactional
    public Record decide(String edition, UUID applicationId, DecisionRequest request, String by) {
        Deliberation deliberation = lockedOpen(edition);
        Application application = competing(edition, applicationId);
        if (application.status != ApplicationStatus.UNDER_REVIEW) {
            throw ProblemException.conflict("not-under-review", "Application " + applicationId + " is " + application.status
                    + ": the jury decides on applications under review");
        }
        Prize prize = null;
        if (request.outcome() == Outcome.LAUREATE) {
            if (request.prizeId() == null) {
                throw ProblemException.invalid("prizeId", "is required for a laureate");
            }
            prize = prizes.findByIdOptional(request.prizeId()).filter(p -> p.edition.equals(edition))
                    .orElseThrow(() -> ProblemException.invalid("prizeId", "is not a prize of " + edition));
            if (!prize.accepts(application.theme)) {
                throw ProblemException.invalid("prizeId", "prize " + prize.code + " is for " + prize.theme + ", the application is on "
                        + application.theme);
            }
            final UUID prizeId = prize.id;
            long others = decisions.ofEdition(edition).stream()
                    .filter(d -> prizeId.equals(d.prizeId) && !d.applicationId.equals(applicationId)).count();
            if (!DeliberationRules.roomForLaureate((int) others, prize.laureates)) {
                throw ProblemException.conflict("prize-full", "Prize " + prize.code + " has " + prize.laureates
                        + " laureate place(s), all decided");
            }
            if (request.rank() != null && request.rank() > prize.laureates) {
                throw ProblemException.invalid("rank", "prize " + prize.code + " has " + prize.laureates + " laureate place(s)");
            }
        } else if (request.prizeId() != null) {
            throw ProblemException.invalid("prizeId", "only a laureate wins a prize");
        }
        if (request.outcome() == Outcome.NOT_SELECTED && request.rank() != null) {
            throw ProblemException.invalid("rank", "only laureates and mentions are ranked");
        }
        int voters = voters(deliberation, applicationId);
        String invalidVote = DeliberationRules.whyVoteInvalid(request.votesFor(), request.votesAgainst(), request.abstentions(), voters);
        if (invalidVote != null) {
            throw ProblemException.invalid(List.of(new Violation("votesFor", invalidVote)));
        }
        Decision decision = decisions.findByIdOptional(applicationId).orElse(null);
        boolean created = decision == null;
        if (created) {
            decision = new Decision();
            decision.applicationId = applicationId;
            decision.edition = edition;
        }
        decision.outcome = request.outcome();
        decision.prizeId = prize == null ? null : prize.id;
        decision.rank = request.rank();
        decision.votesFor = request.votesFor();
        decision.votesAgainst = request.votesAgainst();
        decision.abstentions = request.abstentions();
        decision.reason = request.reason().strip();
        decision.decidedAt = OffsetDateTime.now(clock);
        decision.decidedBy = by;
        if (created) {
            decisions.persist(decision);
        }
        Log.infof("deliberation of %s: application %s %s", edition, applicationId, request.outcome());
        return record(deliberation);
    }

    /** Closes the deliberation: decisions are frozen and become statuses; the undecided are not selected. */
    @Transactional
    public Record close(String edition, String by) {
        Deliberation deliberation = lockedOpen(edition);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<UUID, Decision> decided = decisions.ofEdition(edition).stream()
                .collect(Collectors.toMap(d -> d.applicationId, Function.identity()));
        for (Prize prize : prizes.ofEdition(edition)) {
            long laureates = decided.values().stream().filter(d -> prize.id.equals(d.prizeId)).count();
            if (laureates > prize.laureates) {
                throw ProblemException.conflict("prize-full", "Prize " + prize.code + " has " + laureates + " laureates for "
                        + prize.laureates + " place(s)");
            }
        }
        for (Application application : applications.ofEdition(edition, ApplicationStatus.UNDER_REVIEW)) {
            Decision decision = decided.get(application.id);
            if (decision == null) {
                application.moveTo(ApplicationStatus.NOT_SELECTED, null, now);
            } else {
                application.moveTo(decision.outcome.status(), null, now);
            }
        }
        deliberation.status = Deliberation.Status.CLOSED;
        deliberation.closedAt = now;
        deliberation.closedBy = by;
        Log.infof("deliberation of %s closed: %d decision(s) frozen", edition, decided.size());
        return record(deliberation);
    }

    public Optional<Record> find(String edition) {
        calls.require(edition);
        return deliberations.findByIdOptional(edition).map(this::record);
    }

    /** What the jury reads of its meeting: the whole record (decisions, votes, reasons), once closed and final. */
    public Optional<Record> findClosed(String edition) {
        return find(edition).filter(r -> r.deliberation().status == Deliberation.Status.CLOSED);
    }

    private Record record(Deliberation deliberation) {
        List<Juror> present = deliberation.present.stream().map(jurors::findById).toList();
        return new Record(deliberation, present, recusals.ofEdition(deliberation.edition), decisions.ofEdition(deliberation.edition));
    }

    private Deliberation lockedOpen(String edition) {
        calls.require(edition);
        Deliberation deliberation = deliberations.locked(edition)
                .orElseThrow(() -> ProblemException.notFound("The deliberation of " + edition + " is not opened"));
        deliberation.requireOpen();
        return deliberation;
    }

    private Application competing(String edition, UUID applicationId) {
        Application application = applications.inEdition(edition, applicationId)
                .orElseThrow(() -> ProblemException.notFound("No application " + applicationId + " in " + edition));
        if (!application.status.inCompetition()) {
            throw ProblemException.conflict("not-in-competition", "Application " + applicationId + " is " + application.status);
        }
        return application;
    }

    /** Members present who may vote on the application: not recused, no confirmed conflict. */
    private int voters(Deliberation deliberation, UUID applicationId) {
        Set<UUID> aside = new LinkedHashSet<>();
        recusals.ofEdition(deliberation.edition).stream().filter(r -> r.applicationId.equals(applicationId)).forEach(r -> aside.add(r.jurorId));
        conflicts.ofEdition(deliberation.edition).stream()
                .filter(c -> c.applicationId.equals(applicationId) && c.status == ConflictStatus.CONFIRMED)
                .forEach(c -> aside.add(c.jurorId));
        return (int) deliberation.present.stream().filter(id -> !aside.contains(id)).count();
    }

    private List<Juror> members(String edition, List<UUID> ids) {
        List<Violation> violations = new ArrayList<>();
        List<Juror> present = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            Optional<Juror> juror = jurors.inEdition(edition, id);
            if (juror.isEmpty()) {
                violations.add(new Violation("present[" + i + "]", "is not a juror of " + edition));
            } else if (seen.add(id)) {
                present.add(juror.get());
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return present;
    }
}
