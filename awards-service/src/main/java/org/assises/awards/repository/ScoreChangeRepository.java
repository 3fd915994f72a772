package org.assises.awards.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.awards.domain.ScoreChange;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The history of score sheets. */
@ApplicationScoped
public class ScoreChangeRepository implements PanacheRepositoryBase<ScoreChange, UUID> {

    public List<ScoreChange> ofApplication(UUID applicationId) {
        return list("applicationId", Sort.by("changedAt").and("id"), applicationId);
    }
}
