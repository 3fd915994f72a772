package org.assises.awards.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assises.awards.domain.Application;
import org.assises.awards.domain.AwardCall;
import org.assises.awards.domain.Decision;
import org.assises.awards.domain.LaureateOrder;
import org.assises.awards.domain.Outcome;
import org.assises.awards.domain.Prize;
import org.assises.awards.events.ResultEvents;
import org.assises.awards.repository.ApplicationRepository;
import org.assises.awards.repository.CallRepository;
import org.assises.awards.repository.DecisionRepository;
import org.assises.awards.repository.EditionRepository;
import org.assises.awards.repository.PrizeRepository;
import org.assises.contracts.AwardResults;
import org.assises.platform.problem.ProblemException;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The embargo: nobody but organisers (and the jury in its meeting) knows the laureates before the
 * ceremony. At the ceremony time, and not a second before, the results become public and one event
 * goes to the outbox; the guard is the call's {@code results_published_at}, set by one conditional
 * UPDATE, so restarts and concurrent instances publish exactly once.
 */
@ApplicationScoped
public class ResultsService {

    private final CallRepository calls;
    private final EditionRepository editions;
    private final PrizeRepository prizes;
    private final DecisionRepository decisions;
    private final ApplicationRepository applications;
    private final ResultEvents events;
    private final ObjectMapper mapper;
    private final Clock clock;
    /** Published results never change: each edition's is read from the database once. */
    private final Map<String, String> publishedJson = new ConcurrentHashMap<>();

    public ResultsService(CallRepository calls, EditionRepository editions, PrizeRepository prizes, DecisionRepository decisions,
            ApplicationRepository applications, ResultEvents events, ObjectMapper mapper, Clock clock) {
        this.calls = calls;
        this.editions = editions;
        this.prizes = prizes;
        this.decisions = decisions;
        this.applications = applications;
        this.events = events;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Publishes the results of every edition whose ceremony time has come; returns the editions published now. */
    public List<String> publishDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> due = QuarkusTransaction.requiringNew().call(() -> calls.dueForPublication(now));
        return due.stream().filter(edition -> QuarkusTransaction.requiringNew().call(() -> publish(edition, now))).toList();
    }

    private boolean publish(String edition, OffsetDateTime now) {
        if (!calls.claimPublication(edition, now)) {
            return false;
        }
        AwardCall call = calls.findById(edition);
        AwardResults results = build(call, now);
        try {
            call.resultsJson = mapper.writeValueAsString(results);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("results of " + edition + " cannot be written as JSON", e);
        }
        events.published(results);
        Log.infof("results of %s published at %s: %d prize(s), %d mention(s)", edition, now, results.prizes().size(),
                results.mentions().size());
        return true;
    }

    /**
     * The public results as announced (JSON of {@link AwardResults}): only once published; before, empty,
     * as for an edition that does not exist.
     */
    public Optional<String> published(String edition) {
        String cached = publishedJson.get(edition);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> stored = calls.findByIdOptional(edition).filter(c -> c.resultsPublishedAt != null).map(c -> c.resultsJson);
        stored.ifPresent(json -> publishedJson.put(edition, json));
        return stored;
    }

    /** The laureates as decided so far, for organisers preparing diplomas before the ceremony. */
    public AwardResults forOrganisers(String edition) {
        AwardCall call = calls.findByIdOptional(edition)
                .orElseThrow(() -> ProblemException.notFound("Edition " + edition + " has no call for applications"));
        return build(call, call.resultsPublishedAt);
    }

    private AwardResults build(AwardCall call, OffsetDateTime publishedAt) {
        ZoneId zone = editions.findById(call.edition).zone();
        List<Decision> decided = decisions.ofEdition(call.edition);
        Map<UUID, Application> byId = decided.isEmpty() ? Map.of()
                : applications.list("id in ?1", decided.stream().map(d -> d.applicationId).toList()).stream()
                        .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<AwardResults.Prize> prizeResults = prizes.ofEdition(call.edition).stream()
                .sorted(Comparator.comparing((Prize p) -> p.theme == null ? 1 : 0).thenComparing(p -> p.theme == null ? "" : p.theme.name())
                        .thenComparing(p -> p.code))
                .map(p -> new AwardResults.Prize(p.id, p.code, p.name.text(), p.theme, p.award.text(),
                        LaureateOrder.sorted(decided.stream().filter(d -> d.outcome == Outcome.LAUREATE && p.id.equals(d.prizeId))
                                .map(d -> laureate(d, byId.get(d.applicationId))).toList())))
                .toList();
        List<AwardResults.Laureate> mentions = LaureateOrder.sorted(decided.stream().filter(d -> d.outcome == Outcome.MENTION)
                .map(d -> laureate(d, byId.get(d.applicationId))).toList());
        return new AwardResults(call.edition, call.ceremonyAt.atZoneSameInstant(zone).toOffsetDateTime(),
                publishedAt == null ? null : publishedAt.atZoneSameInstant(zone).toOffsetDateTime(), prizeResults, mentions);
    }

    private static AwardResults.Laureate laureate(Decision d, Application a) {
        return new AwardResults.Laureate(a.id, d.rank, a.theme, a.title.text(), a.frenchGovernment.text(), a.frenchRegion,
                a.chineseGovernment.text(), a.chineseProvince, a.filmUrl);
    }
}
