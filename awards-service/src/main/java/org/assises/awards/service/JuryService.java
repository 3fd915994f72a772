package org.assises.awards.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.awards.api.JurorRequest;
import org.assises.awards.domain.Application;
import org.assises.awards.domain.ApplicationStatus;
import org.assises.awards.domain.Assignment;
import org.assises.awards.domain.AssignmentPlanner;
import org.assises.awards.domain.AwardCall;
import org.assises.awards.domain.ConflictOfInterest;
import org.assises.awards.domain.ConflictStatus;
import org.assises.awards.domain.Juror;
import org.assises.awards.repository.ApplicationRepository;
import org.assises.awards.repository.AssignmentRepository;
import org.assises.awards.repository.ConflictRepository;
import org.assises.awards.repository.DeliberationRepository;
import org.assises.awards.repository.JurorRepository;
import org.assises.awards.repository.ScoreSheetRepository;
import org.assises.platform.problem.ProblemException;

import io.quarkus.logging.Log;

/**
 * The jury of an edition: its members, who scores which application (by hand, or automatically with K
 * non-conflicted jurors of each side and balanced loads), and what a juror may read.
 */
@ApplicationScoped
public class JuryService {

    private final CallService calls;
    private final JurorRepository jurors;
    private final ApplicationRepository applications;
    private final AssignmentRepository assignments;
    private final ConflictRepository conflicts;
    private final ScoreSheetRepository sheets;
    private final DeliberationRepository deliberations;
    private final Clock clock;

    public JuryService(CallService calls, JurorRepository jurors, ApplicationRepository applications, AssignmentRepository assignments,
            ConflictRepository conflicts, ScoreSheetRepository sheets, DeliberationRepository deliberations, Clock clock) {
        this.calls = calls;
        this.jurors = jurors;
        this.applications = applications;
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.sheets = sheets;
        this.deliberations = deliberations;
        this.clock = clock;
    }

    /** What the automatic assignment did: its plan, with the jurors it was made for. */
    public record AutomaticAssignment(int perSide, List<Assignment> added, AssignmentPlanner.Plan plan, List<Juror> jurors) {
    }

    @Transactional
    public Juror add(String edition, JurorRequest request) {
        calls.edition(edition);
        if (jurors.bySubject(edition, request.subject()).isPresent()) {
            throw ProblemException.conflict("juror-exists", "Edition " + edition + " already has a juror " + request.subject());
        }
        Juror juror = new Juror();
        juror.id = UUID.randomUUID();
        juror.edition = edition;
        juror.subject = request.subject();
        juror.name = request.name().strip();
        juror.nameZh = request.nameZh();
        juror.side = request.side();
        juror.organisation = request.organisation().strip();
        juror.region = request.region();
        juror.partnerships = request.partnerships() == null ? List.of() : List.copyOf(request.partnerships());
        juror.createdAt = OffsetDateTime.now(clock);
        jurors.persist(juror);
        Log.infof("juror %s (%s) joins the jury of %s", juror.id, juror.side, edition);
        return juror;
    }

    public List<Juror> ofEdition(String edition) {
        calls.edition(edition);
        return jurors.ofEdition(edition);
    }

    public Optional<Juror> find(String edition, UUID id) {
        return jurors.inEdition(edition, id);
    }

    /** The juror the token's subject is in this edition, or a 403. */
    public Juror caller(String edition, String subject) {
        calls.edition(edition);
        return jurors.bySubject(edition, subject).orElseThrow(() -> new ProblemException(403, "not-a-juror", "Forbidden",
                "You are not a member of the jury of " + edition, null, null));
    }

    /** Puts a juror on an application by hand; refused when a confirmed conflict stands between them. */
    @Transactional
    public Assignment assign(String edition, UUID jurorId, UUID applicationId) {
        jurors.lockJury(edition);
        Juror juror = jurors.inEdition(edition, jurorId).orElseThrow(() -> ProblemException.notFound("No juror " + jurorId + " in " + edition));
        Application application = applications.inEdition(edition, applicationId)
                .orElseThrow(() -> ProblemException.notFound("No application " + applicationId + " in " + edition));
        if (application.status != ApplicationStatus.ELIGIBLE && application.status != ApplicationStatus.UNDER_REVIEW) {
            throw ProblemException.conflict("not-eligible", "Application " + applicationId + " is " + application.status
                    + ": only eligible applications are assigned");
        }
        if (conflicts.confirmed(jurorId, applicationId)) {
            throw ProblemException.conflict("conflict-of-interest", "Juror " + jurorId + " has a confirmed conflict with application "
                    + applicationId);
        }
        if (assignments.exists(jurorId, applicationId)) {
            throw ProblemException.conflict("already-assigned", "Juror " + jurorId + " already scores application " + applicationId);
        }
        Assignment assignment = newAssignment(juror.id, application, Assignment.Origin.MANUAL);
        Log.infof("juror %s assigned to application %s by hand", jurorId, applicationId);
        return assignment;
    }

    /** Gives every eligible application K jurors of each side without conflict, the least loaded first. */
    @Transactional
    public AutomaticAssignment assignAutomatically(String edition) {
        AwardCall call = calls.require(edition);
        jurors.lockJury(edition);
        List<Juror> jury = jurors.ofEdition(edition);
        Map<UUID, Application> eligible = applications.ofEdition(edition).stream()
                .filter(a -> a.status == ApplicationStatus.ELIGIBLE || a.status == ApplicationStatus.UNDER_REVIEW)
                .collect(Collectors.toMap(a -> a.id, a -> a));
        Set<AssignmentPlanner.Pair> blocked = conflicts.ofEdition(edition).stream()
                .filter(c -> c.status != ConflictStatus.DISMISSED)
                .map(c -> new AssignmentPlanner.Pair(c.jurorId, c.applicationId)).collect(Collectors.toSet());
        Set<AssignmentPlanner.Pair> existing = new HashSet<>();
        assignments.ofEdition(edition).forEach(a -> existing.add(new AssignmentPlanner.Pair(a.jurorId, a.applicationId)));
        AssignmentPlanner.Plan plan = AssignmentPlanner.plan(new ArrayList<>(eligible.keySet()),
                jury.stream().map(j -> new AssignmentPlanner.Juror(j.id, j.side)).toList(), blocked, existing, call.jurorsPerSide);
        List<Assignment> added = new ArrayList<>();
        for (AssignmentPlanner.Pair pair : plan.added()) {
            added.add(newAssignment(pair.jurorId(), eligible.get(pair.applicationId()), Assignment.Origin.AUTOMATIC));
        }
        Log.infof("automatic assignment of %s: %d added, %d shortfall(s)", edition, added.size(), plan.shortfalls().size());
        return new AutomaticAssignment(call.jurorsPerSide, added, plan, jury);
    }

    /**
     * Takes a juror off an application they have not scored. A sheet already written stays (409
     * {@code already-scored}): scores are never deleted; a confirmed conflict is the way to take one out
     * of the aggregates, with its trace. The application stays under review.
     */
    @Transactional
    public void unassign(String edition, UUID jurorId, UUID applicationId) {
        jurors.lockJury(edition);
        jurors.inEdition(edition, jurorId).orElseThrow(() -> ProblemException.notFound("No juror " + jurorId + " in " + edition));
        applications.inEdition(edition, applicationId)
                .orElseThrow(() -> ProblemException.notFound("No application " + applicationId + " in " + edition));
        Assignment assignment = assignments.locked(jurorId, applicationId, true)
                .orElseThrow(() -> ProblemException.notFound("Juror " + jurorId + " is not assigned to application " + applicationId));
        if (sheets.of(jurorId, applicationId).isPresent()) {
            throw ProblemException.conflict("already-scored", "Juror " + jurorId + " has scored application " + applicationId
                    + ": the sheet stays; confirm a conflict of interest to take it out of the aggregates");
        }
        assignments.delete(assignment);
        Log.infof("juror %s taken off application %s", jurorId, applicationId);
    }

    /**
     * Takes a member off the jury, with their assignments and conflicts, as long as nothing they did
     * counts: 409 {@code juror-has-scores} once they have scored, {@code juror-in-deliberation} once
     * the deliberation records them present.
     */
    @Transactional
    public void remove(String edition, UUID jurorId) {
        jurors.lockJury(edition);
        Juror juror = jurors.inEdition(edition, jurorId).orElseThrow(() -> ProblemException.notFound("No juror " + jurorId + " in " + edition));
        List<Assignment> duties = assignments.lockedOfJuror(jurorId);
        long scored = sheets.count("jurorId", jurorId);
        if (scored > 0) {
            throw ProblemException.conflict("juror-has-scores", "Juror " + jurorId + " has scored " + scored
                    + " application(s): their sheets count, they stay on the jury");
        }
        if (deliberations.findByIdOptional(edition).filter(d -> d.present.contains(jurorId)).isPresent()) {
            throw ProblemException.conflict("juror-in-deliberation", "Juror " + jurorId + " is recorded present at the deliberation of "
                    + edition);
        }
        duties.forEach(assignments::delete);
        conflicts.delete("jurorId", jurorId);
        jurors.delete(juror);
        Log.infof("juror %s leaves the jury of %s (%d assignment(s) removed)", jurorId, edition, duties.size());
    }

    public List<Assignment> assignmentsOf(String edition) {
        calls.edition(edition);
        return assignments.ofEdition(edition);
    }

    /** The applications assigned to the juror, without those a confirmed conflict keeps them from. */
    public List<Application> assignedTo(Juror juror) {
        Set<UUID> blocked = conflicts.ofEdition(juror.edition).stream()
                .filter(c -> c.jurorId.equals(juror.id) && c.status == ConflictStatus.CONFIRMED)
                .map(c -> c.applicationId).collect(Collectors.toSet());
        return assignments.ofJuror(juror.id).stream().map(a -> a.applicationId).filter(id -> !blocked.contains(id))
                .map(applications::findById).filter(a -> a.status.inCompetition()).toList();
    }

    /** One application the juror may read: assigned, in competition, no confirmed conflict; else empty (a 404). */
    public Optional<Application> readable(Juror juror, UUID applicationId) {
        if (!assignments.exists(juror.id, applicationId) || conflicts.confirmed(juror.id, applicationId)) {
            return Optional.empty();
        }
        return applications.findByIdOptional(applicationId).filter(a -> a.status.inCompetition());
    }

    private Assignment newAssignment(UUID jurorId, Application application, Assignment.Origin origin) {
        Assignment assignment = new Assignment();
        assignment.jurorId = jurorId;
        assignment.applicationId = application.id;
        assignment.origin = origin;
        assignment.assignedAt = OffsetDateTime.now(clock);
        assignments.persist(assignment);
        if (application.status == ApplicationStatus.ELIGIBLE) {
            application.moveTo(ApplicationStatus.UNDER_REVIEW, null, assignment.assignedAt);
        }
        return assignment;
    }

    /** The conflicts of an edition, for the juror's own view. */
    public List<ConflictOfInterest> conflictsOf(Juror juror) {
        return conflicts.ofEdition(juror.edition).stream().filter(c -> c.jurorId.equals(juror.id)).toList();
    }
}
