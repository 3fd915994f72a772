package org.assises.awards.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.awards.domain.Assignment;
import org.assises.awards.domain.ScoreSheet;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Juror score sheets. */
@ApplicationScoped
public class ScoreSheetRepository implements PanacheRepositoryBase<ScoreSheet, Assignment.Key> {

    public List<ScoreSheet> ofEdition(String edition) {
        return list("edition", edition);
    }

    public List<ScoreSheet> ofApplication(UUID applicationId) {
        return list("applicationId", applicationId);
    }

    public Optional<ScoreSheet> of(UUID jurorId, UUID applicationId) {
        return findByIdOptional(new Assignment.Key(jurorId, applicationId));
    }
}
