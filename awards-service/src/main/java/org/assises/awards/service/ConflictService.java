package org.assises.awards.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.awards.domain.Application;
import org.assises.awards.domain.ApplicationStatus;
import org.assises.awards.domain.ConflictDetector;
import org.assises.awards.domain.ConflictOfInterest;
import org.assises.awards.domain.ConflictOrigin;
import org.assises.awards.domain.ConflictStatus;
import org.assises.awards.domain.ConflictType;
import org.assises.awards.domain.Juror;
import org.assises.awards.domain.ScoreChange;
import org.assises.awards.repository.ApplicationRepository;
import org.assises.awards.repository.ConflictRepository;
import org.assises.awards.repository.JurorRepository;
import org.assises.awards.repository.ScoreChangeRepository;
import org.assises.awards.repository.ScoreSheetRepository;
import org.assises.platform.problem.ProblemException;

import io.quarkus.logging.Log;

/**
 * Conflicts of interest: declared by a juror or an organiser (confirmed at once), detected from names
 * (potential until an organiser decides). Confirming one after scoring takes the score out of every
 * aggregate and leaves a trace in the sheet's history.
 */
@ApplicationScoped
public class ConflictService {

    private final CallService calls;
    private final ConflictRepository conflicts;
    private final JurorRepository jurors;
    private final ApplicationRepository applications;
    private final ScoreSheetRepository sheets;
    private final ScoreChangeRepository changes;
    private final Clock clock;

    public ConflictService(CallService calls, ConflictRepository conflicts, JurorRepository jurors, ApplicationRepository applications,
            ScoreSheetRepository sheets, ScoreChangeRepository changes, Clock clock) {
        this.calls = calls;
        this.conflicts = conflicts;
        this.jurors = jurors;
        this.applications = applications;
        this.sheets = sheets;
        this.changes = changes;
        this.clock = clock;
    }

    /** Records a declared conflict, confirmed at once (a potential one on the same pair becomes confirmed). */
    @Transactional
    public ConflictOfInterest declare(String edition, UUID jurorId, UUID applicationId, ConflictType type, String reason,
            ConflictOrigin origin, String by) {
        jurors.lockJury(edition);
        jurors.inEdition(edition, jurorId).orElseThrow(() -> ProblemException.notFound("No juror " + jurorId + " in " + edition));
        applications.inEdition(edition, applicationId)
                .orElseThrow(() -> ProblemException.notFound("No application " + applicationId + " in " + edition));
        Optional<ConflictOfInterest> existing = conflicts.between(jurorId, applicationId);
        if (existing.isPresent() && existing.get().status == ConflictStatus.CONFIRMED) {
            throw ProblemException.conflict("conflict-exists", "A confirmed conflict already stands between juror " + jurorId
                    + " and application " + applicationId);
        }
        ConflictOfInterest conflict = existing.orElseGet(ConflictOfInterest::new);
        if (existing.isEmpty()) {
            conflict.id = UUID.randomUUID();
            conflict.edition = edition;
            conflict.jurorId = jurorId;
            conflict.applicationId = applicationId;
            conflict.createdAt = OffsetDateTime.now(clock);
        }
        conflict.type = type;
        conflict.origin = origin;
        conflict.reason = reason.strip();
        confirm(conflict, by);
        if (existing.isEmpty()) {
            conflicts.persist(conflict);
        }
        Log.infof("conflict %s (%s) declared by %s between juror %s and application %s", conflict.id, type, origin, jurorId, applicationId);
        return conflict;
    }

    /** Runs the detection over the whole edition; returns the potential conflicts it adds (pairs already decided are left alone). */
    @Transactional
    public List<ConflictOfInterest> detect(String edition) {
        calls.edition(edition);
        jurors.lockJury(edition);
        List<ConflictDetector.Partnership> partnerships = applications.ofEdition(edition).stream()
                .filter(a -> a.status != ApplicationStatus.WITHDRAWN)
                .map(ConflictService::partnership).toList();
        List<ConflictOfInterest> added = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (ConflictDetector.Found found : ConflictDetector.detect(jurors.ofEdition(edition).stream().map(Juror::profile).toList(),
                partnerships)) {
            if (conflicts.between(found.jurorId(), found.applicationId()).isPresent()) {
                continue;
            }
            ConflictOfInterest conflict = new ConflictOfInterest();
            conflict.id = UUID.randomUUID();
            conflict.edition = edition;
            conflict.jurorId = found.jurorId();
            conflict.applicationId = found.applicationId();
            conflict.type = found.type();
            conflict.status = ConflictStatus.POTENTIAL;
            conflict.origin = ConflictOrigin.DETECTED;
            conflict.reason = found.reason();
            conflict.createdAt = now;
            conflicts.persist(conflict);
            added.add(conflict);
        }
        Log.infof("conflict detection on %s: %d potential conflict(s) added", edition, added.size());
        return added;
    }

    /** An organiser confirms a potential conflict (or re-confirms a dismissed one). */
    @Transactional
    public ConflictOfInterest confirm(String edition, UUID id, String by) {
        ConflictOfInterest conflict = require(edition, id);
        if (conflict.status == ConflictStatus.CONFIRMED) {
            throw ProblemException.conflict("conflict-confirmed", "Conflict " + id + " is already confirmed");
        }
        confirm(conflict, by);
        Log.infof("conflict %s confirmed", id);
        return conflict;
    }

    /** An organiser dismisses a potential conflict: the pair may be assigned again. */
    @Transactional
    public ConflictOfInterest dismiss(String edition, UUID id, String by) {
        ConflictOfInterest conflict = require(edition, id);
        if (conflict.status != ConflictStatus.POTENTIAL) {
            throw ProblemException.conflict("conflict-decided", "Conflict " + id + " is " + conflict.status + ": only a potential one is dismissed");
        }
        conflict.status = ConflictStatus.DISMISSED;
        conflict.decidedAt = OffsetDateTime.now(clock);
        conflict.decidedBy = by;
        Log.infof("conflict %s dismissed", id);
        return conflict;
    }

    public List<ConflictOfInterest> ofEdition(String edition) {
        calls.edition(edition);
        return conflicts.ofEdition(edition);
    }

    private ConflictOfInterest require(String edition, UUID id) {
        return conflicts.findByIdOptional(id).filter(c -> c.edition.equals(edition))
                .orElseThrow(() -> ProblemException.notFound("No conflict " + id + " in " + edition));
    }

    private void confirm(ConflictOfInterest conflict, String by) {
        conflict.status = ConflictStatus.CONFIRMED;
        conflict.decidedAt = OffsetDateTime.now(clock);
        conflict.decidedBy = by;
        sheets.of(conflict.jurorId, conflict.applicationId).ifPresent(sheet -> {
            ScoreChange trace = new ScoreChange();
            trace.id = UUID.randomUUID();
            trace.jurorId = sheet.jurorId;
            trace.applicationId = sheet.applicationId;
            trace.kind = ScoreChange.Kind.EXCLUDED_BY_CONFLICT;
            trace.changedBy = by;
            trace.changedAt = conflict.decidedAt;
            trace.before = sheet.scores;
            trace.note = "conflict " + conflict.id + " (" + conflict.type + ") confirmed: the score no longer counts";
            changes.persist(trace);
            Log.infof("score of juror %s on application %s excluded by conflict %s", sheet.jurorId, sheet.applicationId, conflict.id);
        });
    }

    private static ConflictDetector.Partnership partnership(Application a) {
        return new ConflictDetector.Partnership(a.id, List.of(a.frenchGovernment.fr, a.frenchGovernment.zh), a.frenchRegion,
                List.of(a.chineseGovernment.fr, a.chineseGovernment.zh), a.chineseProvince);
    }
}
