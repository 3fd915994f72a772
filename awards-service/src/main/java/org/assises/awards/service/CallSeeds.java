package org.assises.awards.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.assises.awards.repository.CallRepository;
import org.assises.awards.repository.EditionRepository;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The seed editions' calls (the local stack's {@code run --seed}): each gets its bundled reference call,
 * {@code seed/call-<code>.json} with its prizes, as soon as programme-service has announced it, unless it
 * has a call already.
 */
@ApplicationScoped
public class CallSeeds {

    private final CallService calls;
    private final CallRepository callRepository;
    private final EditionRepository editions;
    private final List<String> seedEditions;

    public CallSeeds(CallService calls, CallRepository callRepository, EditionRepository editions,
            @ConfigProperty(name = "assises.awards.seed-editions") Optional<List<String>> seedEditions) {
        this.calls = calls;
        this.callRepository = callRepository;
        this.editions = editions;
        this.seedEditions = seedEditions.orElse(List.of());
    }

    /** The seed editions announced before this start (the event was consumed by an earlier run). */
    void atStart(@Observes StartupEvent ignored) {
        for (String code : seedEditions) {
            QuarkusTransaction.requiringNew().run(() -> {
                if (editions.findByIdOptional(code).isPresent()) {
                    seed(code);
                }
            });
        }
    }

    /** Loads the edition's reference call if it is a seed edition without a call; true when it did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean seed(String code) {
        if (!seedEditions.contains(code) || callRepository.findByIdOptional(code).isPresent()) {
            return false;
        }
        calls.loadReference(code, code);
        Log.infof("call of %s seeded from its reference call", code);
        return true;
    }
}
