package org.assises.awards.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.awards.domain.Assignment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Who scores what. */
@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, Assignment.Key> {

    public List<Assignment> ofEdition(String edition) {
        return find("applicationId in (select a.id from Application a where a.edition = ?1)", edition).list();
    }

    public List<Assignment> ofJuror(UUID jurorId) {
        return list("jurorId", jurorId);
    }

    public boolean exists(UUID jurorId, UUID applicationId) {
        return count("jurorId = ?1 and applicationId = ?2", jurorId, applicationId) > 0;
    }
}
