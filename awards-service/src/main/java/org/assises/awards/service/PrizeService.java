package org.assises.awards.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.awards.api.PrizeRequest;
import org.assises.awards.domain.Prize;
import org.assises.awards.repository.DecisionRepository;
import org.assises.awards.repository.PrizeRepository;
import org.assises.platform.persistence.Bilingual;
import org.assises.platform.problem.ProblemException;

import io.quarkus.logging.Log;

/** The prizes of an edition; organisers may add prizes and raise their number of laureates ("more generosity"). */
@ApplicationScoped
public class PrizeService {

    private final EditionService editions;
    private final PrizeRepository prizes;
    private final DecisionRepository decisions;
    private final Clock clock;

    public PrizeService(EditionService editions, PrizeRepository prizes, DecisionRepository decisions, Clock clock) {
        this.editions = editions;
        this.prizes = prizes;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Transactional
    public Prize create(String edition, PrizeRequest request) {
        editions.require(edition);
        if (prizes.codeTaken(edition, request.code())) {
            throw ProblemException.conflict("prize-exists", "Edition " + edition + " already has a prize '" + request.code() + "'");
        }
        Prize prize = new Prize();
        prize.id = UUID.randomUUID();
        prize.edition = edition;
        prize.createdAt = OffsetDateTime.now(clock);
        fill(prize, request);
        prizes.persist(prize);
        Log.infof("prize %s (%s) added to %s with %d laureate(s)", prize.id, prize.code, edition, prize.laureates);
        return prize;
    }

    @Transactional
    public Prize update(String edition, UUID id, PrizeRequest request) {
        Prize prize = find(edition, id).orElseThrow(() -> ProblemException.notFound("No prize " + id + " in edition " + edition));
        if (!prize.code.equals(request.code()) && prizes.codeTaken(edition, request.code())) {
            throw ProblemException.conflict("prize-exists", "Edition " + edition + " already has a prize '" + request.code() + "'");
        }
        long decided = decisions.laureatesOf(id);
        if (request.laureates() < decided) {
            throw ProblemException.conflict("prize-has-laureates",
                    "Prize " + prize.code + " already has " + decided + " laureate(s): it cannot have fewer places");
        }
        fill(prize, request);
        Log.infof("prize %s of %s changed: %d laureate(s)", id, edition, prize.laureates);
        return prize;
    }

    public Optional<Prize> find(String edition, UUID id) {
        return prizes.findByIdOptional(id).filter(p -> p.edition.equals(edition));
    }

    public List<Prize> ofEdition(String edition) {
        editions.require(edition);
        return prizes.ofEdition(edition);
    }

    private static void fill(Prize prize, PrizeRequest request) {
        prize.code = request.code();
        prize.name = Bilingual.of(request.name());
        prize.theme = request.theme();
        prize.award = Bilingual.of(request.award());
        prize.laureates = request.laureates();
    }
}
