package org.assises.awards.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assises.awards.api.ApplicationRequest;
import org.assises.awards.domain.Application;
import org.assises.awards.domain.ApplicationStatus;
import org.assises.awards.domain.ApplicationToken;
import org.assises.awards.domain.AwardCall;
import org.assises.awards.domain.SubmissionKey;
import org.assises.awards.repository.ApplicationRepository;
import org.assises.awards.repository.CallRepository;
import org.assises.awards.repository.SubmissionKeyRepository;
import org.assises.platform.persistence.Bilingual;
import org.assises.platform.problem.ProblemException;

import io.quarkus.logging.Log;

/**
 * Applications by partnerships (anonymous, opened by their token) and their screening by organisers.
 * Submissions, changes and withdrawals are accepted from the opening of the call until its deadline.
 */
@ApplicationScoped
public class ApplicationService {

    private final CallService calls;
    private final CallRepository callRepository;
    private final ApplicationRepository applications;
    private final SubmissionKeyRepository keys;
    private final ObjectMapper mapper;
    private final Clock clock;

    public ApplicationService(CallService calls, CallRepository callRepository, ApplicationRepository applications,
            SubmissionKeyRepository keys, ObjectMapper mapper, Clock clock) {
        this.calls = calls;
        this.callRepository = callRepository;
        this.applications = applications;
        this.keys = keys;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A submitted application and the token that opens it; {@code first} is false for a retry. */
    public record Submission(Application application, String token, boolean first) {
    }

    /**
     * Submits an application. With an Idempotency-Key, a retry with the same body returns the same
     * application and token, a different body with the same key is a 422.
     */
    @Transactional
    public Submission submit(String edition, ApplicationRequest request, String idempotencyKey) {
        AwardCall call = calls.require(edition);
        Instant now = clock.instant();
        if (!call.isOpenedAt(now)) {
            throw ProblemException.notFound("Edition " + edition + " has no open call for applications");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        if (idempotencyKey != null) {
            SubmissionKey previous = keys.findById(keyHash(edition, idempotencyKey));
            if (previous != null) {
                return retry(previous, request, idempotencyKey);
            }
        }
        requireBeforeDeadline(call, now);
        if (!call.themes.contains(request.theme())) {
            throw ProblemException.invalid("theme", "is not a theme of this call: " + call.themes);
        }
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.edition = edition;
        application.status = ApplicationStatus.SUBMITTED;
        application.submittedAt = OffsetDateTime.now(clock);
        fill(application, request);
        ApplicationToken token = ApplicationToken.random();
        SubmissionKey key = null;
        if (idempotencyKey != null) {
            key = new SubmissionKey();
            key.keyHash = keyHash(edition, idempotencyKey);
            key.requestHash = ApplicationToken.sha256(json(request));
            key.applicationId = application.id;
            key.salt = ApplicationToken.newSalt();
            key.createdAt = application.submittedAt;
            token = ApplicationToken.derived(idempotencyKey, key.salt);
        }
        application.tokenHash = token.hash();
        applications.persist(application);
        if (key != null) {
            applications.flush();
            if (!keys.claim(key)) {
                // A concurrent request with the same key won the race: this one gives way, nothing is kept.
                throw ProblemException.conflict("submission-in-progress",
                        "A submission with this Idempotency-Key was recorded meanwhile; retry to get its answer");
            }
        }
        Log.infof("application %s submitted to %s (theme %s)", application.id, edition, application.theme);
        return new Submission(application, token.token(), true);
    }

    private Submission retry(SubmissionKey previous, ApplicationRequest request, String idempotencyKey) {
        if (!previous.requestHash.equals(ApplicationToken.sha256(json(request)))) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "this Idempotency-Key was used for a different application; use a new key for a new application", null, null);
        }
        Application application = applications.findById(previous.applicationId);
        return new Submission(application, ApplicationToken.derived(idempotencyKey, previous.salt).token(), false);
    }

    /** The application its token opens; empty for a wrong token or id (the same answer, so ids cannot be probed). */
    public Optional<Application> byToken(UUID id, String token) {
        return applications.findByIdOptional(id).filter(a -> ApplicationToken.opens(token, a.tokenHash));
    }

    /** Changes an application with its token, until the deadline and while it is not withdrawn. */
    @Transactional
    public Application update(UUID id, String token, ApplicationRequest request) {
        Application application = openForApplicant(id, token);
        AwardCall call = calls.require(application.edition);
        if (!call.themes.contains(request.theme())) {
            throw ProblemException.invalid("theme", "is not a theme of this call: " + call.themes);
        }
        fill(application, request);
        Log.infof("application %s changed by its partnership", id);
        return application;
    }

    /** Withdraws an application with its token, until the deadline. */
    @Transactional
    public Application withdraw(UUID id, String token) {
        Application application = openForApplicant(id, token);
        application.moveTo(ApplicationStatus.WITHDRAWN, "withdrawn by the partnership", OffsetDateTime.now(clock));
        Log.infof("application %s withdrawn by its partnership", id);
        return application;
    }

    private Application openForApplicant(UUID id, String token) {
        Application application = byToken(id, token)
                .orElseThrow(() -> ProblemException.notFound("No application " + id + " for this token"));
        applications.getEntityManager().lock(application, LockModeType.PESSIMISTIC_WRITE);
        requireBeforeDeadline(calls.require(application.edition), clock.instant());
        if (application.status == ApplicationStatus.WITHDRAWN) {
            throw ProblemException.conflict("application-withdrawn", "Application " + id + " was withdrawn");
        }
        return application;
    }

    /** Whether the results of the application's edition are out (the applicant then sees the decision). */
    public boolean resultsPublished(Application application) {
        return callRepository.findByIdOptional(application.edition).map(c -> c.resultsPublishedAt != null).orElse(false);
    }

    /** The applications of an edition, for organisers, optionally of one status. */
    public List<Application> ofEdition(String edition, ApplicationStatus status) {
        calls.edition(edition);
        return status == null ? applications.ofEdition(edition) : applications.ofEdition(edition, status);
    }

    public Optional<Application> find(String edition, UUID id) {
        return applications.inEdition(edition, id);
    }

    /** An organiser's screening: ELIGIBLE, or INELIGIBLE with its reason. */
    @Transactional
    public Application screen(String edition, UUID id, ApplicationStatus status, String reason) {
        if (status != ApplicationStatus.ELIGIBLE && status != ApplicationStatus.INELIGIBLE) {
            throw ProblemException.invalid("status", "must be ELIGIBLE or INELIGIBLE");
        }
        if (status == ApplicationStatus.INELIGIBLE && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "is required when the application is ineligible");
        }
        Application application = applications.inEdition(edition, id)
                .orElseThrow(() -> ProblemException.notFound("No application " + id + " in edition " + edition));
        applications.getEntityManager().lock(application, LockModeType.PESSIMISTIC_WRITE);
        application.moveTo(status, status == ApplicationStatus.INELIGIBLE ? reason.strip() : null, OffsetDateTime.now(clock));
        Log.infof("application %s screened %s", id, status);
        return application;
    }

    private static void requireBeforeDeadline(AwardCall call, Instant now) {
        if (!now.isBefore(call.closesAt.toInstant())) {
            throw ProblemException.conflict("call-closed", "The call of " + call.edition + " closed at " + call.closesAt
                    + ": applications can no longer be submitted, changed or withdrawn");
        }
    }

    private void fill(Application a, ApplicationRequest r) {
        a.theme = r.theme();
        a.frenchGovernment = Bilingual.of(r.frenchGovernment().name());
        a.frenchRegion = r.frenchGovernment().region().strip();
        a.chineseGovernment = Bilingual.of(r.chineseGovernment().name());
        a.chineseProvince = r.chineseGovernment().region().strip();
        a.title = Bilingual.of(r.title());
        a.summary = Bilingual.of(r.summary());
        a.innovation = r.innovation();
        a.results = r.results();
        a.filmUrl = r.filmUrl();
        a.contacts = r.contacts();
        a.updatedAt = OffsetDateTime.now(clock);
    }

    private static String keyHash(String edition, String idempotencyKey) {
        return ApplicationToken.sha256("awards-submission:" + edition + ":" + idempotencyKey);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
