package org.assises.awards.repository;


import jakarta.enterprise.context.ApplicationScoped;

import org.assises.awards.domain.Deliberation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Jury meetings, one per edition. */
@ApplicationScoped
public class DeliberationRepository implements PanacheRepositoryBase<Deliberation, String> {

    /** The deliberation, locked for the rest of the transaction so decisions and closing do not cross. */
    public java.util.Optional<Deliberation> locked(String edition) {
        return java.util.Optional.ofNullable(getEntityManager().find(Deliberation.class, edition, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }
}
