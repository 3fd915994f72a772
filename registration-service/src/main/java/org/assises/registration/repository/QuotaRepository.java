package org.assises.registration.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.registration.domain.Quota;
import org.assises.registration.domain.Seats;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Quota rows, and the per-edition seat lock every seat-changing transaction takes first. */
@ApplicationScoped
public class QuotaRepository implements PanacheRepository<Quota> {

    /**
     * Takes the edition's transaction-scoped advisory lock (as pretix does), then reads its quotas:
     * concurrent registrations, cancellations, pushes and quota changes of one edition queue here,
     * so nobody slips in between "full" and "a seat freed up". Must be the transaction's first read of
     * quotas or catalogue items.
     */
    public Seats lockSeats(String edition) {
        getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS locked")
                .setParameter(1, "registration-seats:" + edition)
                .getSingleResult();
        return new Seats(forEdition(edition));
    }

    public List<Quota> forEdition(String edition) {
        return list("edition = ?1 order by id", edition);
    }
}
