package org.assises.awards.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.awards.domain.Decision;
import org.assises.awards.domain.Outcome;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The deliberation's decisions. */
@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<Decision, UUID> {

    public List<Decision> ofEdition(String edition) {
        return list("edition", Sort.by("decidedAt").and("applicationId"), edition);
    }

    public long laureatesOf(UUID prizeId) {
        return count("prizeId = ?1 and outcome = ?2", prizeId, Outcome.LAUREATE);
    }
}
