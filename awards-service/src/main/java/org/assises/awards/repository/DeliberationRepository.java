package org.assises.awards.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.assises.awards.domain.Deliberation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Jury meetings, one per edition. */
@ApplicationScoped
public class DeliberationRepository implements PanacheRepositoryBase<Deliberation, String> {

    /** The deliberation, locked for the rest of the transaction so decisions and closing do not cross. */
    public Optional<Deliberation> locked(String edition) {
        return Optional.ofNullable(getEntityManager().find(Deliberation.class, edition, LockModeType.PESSIMISTIC_WRITE));
    }
}
