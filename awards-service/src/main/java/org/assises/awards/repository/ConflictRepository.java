package org.assises.awards.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.awards.domain.ConflictOfInterest;
import org.assises.awards.domain.ConflictStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Conflicts of interest of all editions. */
@ApplicationScoped
public class ConflictRepository implements PanacheRepositoryBase<ConflictOfInterest, UUID> {

    public List<ConflictOfInterest> ofEdition(String edition) {
        return list("edition", Sort.by("createdAt").and("id"), edition);
    }

    public Optional<ConflictOfInterest> between(UUID jurorId, UUID applicationId) {
        return find("jurorId = ?1 and applicationId = ?2", jurorId, applicationId).firstResultOptional();
    }

    /** Whether a confirmed conflict keeps the juror away from the application. */
    public boolean confirmed(UUID jurorId, UUID applicationId) {
        return count("jurorId = ?1 and applicationId = ?2 and status = ?3", jurorId, applicationId, ConflictStatus.CONFIRMED) > 0;
    }
}
