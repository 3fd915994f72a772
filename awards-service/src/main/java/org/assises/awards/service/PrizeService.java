package org.assises.awards.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.awards.api.PrizeRequest;
import org.assises.awards.domain.Prize;
import org.assises.awards.repository.PrizeRepository;
import org.assises.platform.problem.ProblemException;

/** Defines the prizes of an edition. */
@ApplicationScoped
public class PrizeService {

    private final PrizeRepository prizes;

    public PrizeService(PrizeRepository prizes) {
        this.prizes = prizes;
    }

    @Transactional
    public Prize create(String edition, PrizeRequest request) {
        String nameFr = request.name().fr().strip();
        if (prizes.nameTaken(edition, nameFr)) {
            throw ProblemException.conflict("prize-exists", "Edition " + edition + " already has a prize named '" + nameFr + "'");
        }
        Prize prize = new Prize();
        prize.id = UUID.randomUUID();
        prize.edition = edition;
        prize.theme = request.theme();
        prize.nameFr = nameFr;
        prize.nameZh = request.name().zh().strip();
        prize.nameEn = request.name().en();
        prize.laureates = request.laureates();
        prize.createdAt = OffsetDateTime.now();
        prizes.persist(prize);
        return prize;
    }

    public Optional<Prize> find(String edition, UUID id) {
        return prizes.findByIdOptional(id).filter(p -> p.edition.equals(edition));
    }

    public List<Prize> ofEdition(String edition) {
        return prizes.ofEdition(edition);
    }
}
