package org.assises.awards.service;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.awards.domain.Edition;
import org.assises.awards.repository.EditionRepository;
import org.assises.contracts.EditionEvent;
import org.assises.platform.editions.KnownEditions;

import io.quarkus.logging.Log;

/** awards' copy of the editions programme-service owns: kept from its events, required by every edition path. */
@ApplicationScoped
public class EditionService {

    private final EditionRepository editions;
    private final Clock clock;

    public EditionService(EditionRepository editions, Clock clock) {
        this.editions = editions;
        this.clock = clock;
    }

    /** Applies an edition event (created or changed): the latest state wins. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EditionEvent event) {
        Edition edition = editions.findByIdOptional(event.code()).orElse(null);
        boolean created = edition == null;
        if (created) {
            edition = new Edition();
        }
        edition.apply(event);
        edition.updatedAt = OffsetDateTime.now(clock);
        if (created) {
            editions.persist(edition);
        }
        Log.infof("edition %s %s from programme-service", event.code(), created ? "learnt" : "updated");
    }

    /** The edition, or a 404 for a code programme-service never announced. */
    public Edition require(String code) {
        return KnownEditions.orNotFound(editions.findByIdOptional(code), code);
    }
}
