package org.assises.logistics.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.assises.logistics.domain.Edition;
import org.assises.platform.editions.KnownEditions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Editions as programme-service announced them, with logistics' settings. */
@ApplicationScoped
public class EditionRepository implements PanacheRepositoryBase<Edition, String> {

    /** The edition, or a 404 problem: logistics knows only the editions programme-service announced. */
    public Edition require(String code) {
        return KnownEditions.orNotFound(findByIdOptional(code), code);
    }

    /**
     * The edition, locked for this transaction: every planning write of one edition (allocation, pins,
     * seats by hand, re-planning after an event) runs one at a time, so no room or seat is given twice.
     */
    public Optional<Edition> lockForPlanning(String code) {
        return findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
    }
}
