package org.assises.awards.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.assises.awards.api.CallRequest;
import org.assises.awards.api.CriterionInput;
import org.assises.awards.api.PrizeRequest;
import org.assises.awards.domain.AwardCall;
import org.assises.awards.domain.Criterion;
import org.assises.awards.domain.Edition;
import org.assises.awards.repository.CallRepository;
import org.assises.awards.repository.CriterionRepository;
import org.assises.awards.repository.PrizeRepository;
import org.assises.awards.repository.ScoreSheetRepository;
import org.assises.platform.persistence.Bilingual;
import org.assises.platform.problem.Problem.Violation;
import org.assises.platform.problem.ProblemException;

import io.quarkus.logging.Log;

/** An edition's call for applications: its rulebook and calendar, and the 2018 call loaded from data. */
@ApplicationScoped
public class CallService {

    /** The reference calls shipped with the service: seed/call-<edition>.json. */
    static final String REFERENCE = "seed/call-%s.json";

    private final EditionService editions;
    private final CallRepository calls;
    private final CriterionRepository criteria;
    private final PrizeRepository prizes;
    private final ScoreSheetRepository sheets;
    private final PrizeService prizeService;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final Clock clock;

    public CallService(EditionService editions, CallRepository calls, CriterionRepository criteria, PrizeRepository prizes,
            ScoreSheetRepository sheets, PrizeService prizeService, ObjectMapper mapper, Validator validator, Clock clock) {
        this.editions = editions;
        this.calls = calls;
        this.criteria = criteria;
        this.prizes = prizes;
        this.sheets = sheets;
        this.prizeService = prizeService;
        this.mapper = mapper;
        this.validator = validator;
        this.clock = clock;
    }

    /** A reference call as shipped: the call and its prizes. */
    public record Reference(CallRequest call, List<PrizeRequest> prizes) {
    }

    /** Sets the call of an edition (creates or replaces it); the scoring rules are fixed once someone has scored. */
    @Transactional
    public AwardCall define(String code, CallRequest request) {
        editions.require(code);
        List<Violation> violations = check(request);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        // Locked, so that the results publisher's guarded update waits for this change or this change sees
        // the publication: a call changed after its results are out would move a ceremony that has happened.
        AwardCall call = calls.findByIdOptional(code, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).orElse(null);
        boolean created = call == null;
        if (created) {
            call = new AwardCall();
            call.edition = code;
        } else if (call.resultsPublishedAt != null) {
            throw ProblemException.conflict("results-published", "The results of " + code + " were published at "
                    + call.resultsPublishedAt + ": the call can no longer change");
        } else if (!sheets.ofEdition(code).isEmpty() && scoringRulesChange(call, request)) {
            throw ProblemException.conflict("scoring-started",
                    "Jurors have scored applications of " + code + ": the criteria, weights, scale and aggregation are fixed");
        }
        call.rules = Bilingual.of(request.rules());
        call.eligibility = Bilingual.of(request.eligibility());
        call.themes = List.copyOf(new LinkedHashSet<>(request.themes()));
        call.scaleMin = request.scaleMin();
        call.scaleMax = request.scaleMax();
        call.aggregation = request.aggregation();
        call.quorum = request.quorum();
        call.jurorsPerSide = request.jurorsPerSide();
        call.disagreement = request.disagreement();
        call.deliberationQuorum = request.deliberationQuorum();
        call.opensAt = request.opensAt();
        call.closesAt = request.closesAt();
        call.scoringOpensAt = request.scoringOpensAt();
        call.scoringClosesAt = request.scoringClosesAt();
        call.ceremonyAt = request.ceremonyAt();
        call.updatedAt = OffsetDateTime.now(clock);
        if (created) {
            calls.persist(call);
        } else {
            criteria.delete("edition", code);
            criteria.flush();
        }
        int position = 0;
        for (CriterionInput input : request.criteria()) {
            Criterion criterion = new Criterion();
            criterion.id = UUID.randomUUID();
            criterion.edition = code;
            criterion.code = input.code();
            criterion.position = position++;
            criterion.name = Bilingual.of(input.name());
            criterion.weight = input.weight();
            criteria.persist(criterion);
        }
        Log.infof("call of %s %s: opens %s, closes %s, ceremony %s", code, created ? "set" : "changed", call.opensAt, call.closesAt,
                call.ceremonyAt);
        return call;
    }

    /** Loads a reference call shipped with the service (e.g. the 2018 call) into an edition, with its prizes. */
    @Transactional
    public AwardCall loadReference(String code, String reference) {
        Reference data = reference(reference)
                .orElseThrow(() -> ProblemException.notFound("No reference call " + reference));
        AwardCall call = define(code, data.call());
        for (PrizeRequest prize : data.prizes()) {
            if (!prizes.codeTaken(code, prize.code())) {
                prizeService.create(code, prize);
            }
        }
        return call;
    }

    Optional<Reference> reference(String reference) {
        if (!reference.matches("[a-z0-9-]{3,50}")) {
            return Optional.empty();
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(REFERENCE.formatted(reference))) {
            if (in == null) {
                return Optional.empty();
            }
            Reference data = mapper.readValue(in, Reference.class);
            Set<ConstraintViolation<Reference>> invalid = validator.validate(data);
            if (!invalid.isEmpty()) {
                throw new ConstraintViolationException("reference call " + reference + " is invalid", invalid);
            }
            return Optional.of(data);
        } catch (IOException e) {
            throw new IllegalStateException("reference call " + reference + " is unreadable", e);
        }
    }

    /** The call, for organisers at any time. */
    public Optional<AwardCall> find(String code) {
        editions.require(code);
        return calls.findByIdOptional(code);
    }

    /** The call, for everyone once it has opened. */
    public Optional<AwardCall> findPublic(String code) {
        return find(code).filter(c -> c.isOpenedAt(clock.instant()));
    }

    /** The call of an edition, or 404 when the edition has none yet. */
    public AwardCall require(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("Edition " + code + " has no call for applications"));
    }

    public List<Criterion> criteria(String code) {
        return criteria.ofEdition(code);
    }

    public Edition edition(String code) {
        return editions.require(code);
    }

    private static List<Violation> check(CallRequest r) {
        List<Violation> violations = new ArrayList<>();
        if (r.scaleMax() <= r.scaleMin()) {
            violations.add(new Violation("scaleMax", "must be greater than scaleMin"));
        }
        if (!r.closesAt().isAfter(r.opensAt())) {
            violations.add(new Violation("closesAt", "must be after opensAt"));
        }
        if (r.scoringOpensAt().isBefore(r.closesAt())) {
            violations.add(new Violation("scoringOpensAt", "must not be before closesAt: the jury scores the applications received"));
        }
        if (!r.scoringClosesAt().isAfter(r.scoringOpensAt())) {
            violations.add(new Violation("scoringClosesAt", "must be after scoringOpensAt"));
        }
        if (r.ceremonyAt().isBefore(r.scoringClosesAt())) {
            violations.add(new Violation("ceremonyAt", "must not be before scoringClosesAt"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < r.criteria().size(); i++) {
            if (!codes.add(r.criteria().get(i).code())) {
                violations.add(new Violation("criteria[" + i + "].code", "is used twice"));
            }
        }
        return violations;
    }

    private boolean scoringRulesChange(AwardCall call, CallRequest r) {
        List<Criterion> current = criteria.ofEdition(call.edition);
        if (current.size() != r.criteria().size() || call.scaleMin != r.scaleMin() || call.scaleMax != r.scaleMax()
                || call.aggregation != r.aggregation()) {
            return true;
        }
        for (int i = 0; i < current.size(); i++) {
            if (!current.get(i).code.equals(r.criteria().get(i).code()) || !Objects.equals(current.get(i).weight, r.criteria().get(i).weight())) {
                return true;
            }
        }
        return false;
    }
}
