package org.assises.awards.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

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

    /**
     * The assignment, locked for the rest of the transaction: {@code exclusive} to remove it, shared to
     * score under it, so a sheet is never written under an assignment being removed.
     */
    public Optional<Assignment> locked(UUID jurorId, UUID applicationId, boolean exclusive) {
        return Optional.ofNullable(getEntityManager().find(Assignment.class, new Assignment.Key(jurorId, applicationId),
                exclusive ? LockModeType.PESSIMISTIC_WRITE : LockModeType.PESSIMISTIC_READ));
    }

    /** The juror's assignments, locked against scoring for the rest of the transaction. */
    public List<Assignment> lockedOfJuror(UUID jurorId) {
        return find("jurorId", jurorId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public boolean exists(UUID jurorId, UUID applicationId) {
        return count("jurorId = ?1 and applicationId = ?2", jurorId, applicationId) > 0;
    }
}
