package org.assises.logistics.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.jpa.HibernateHints;

import org.assises.logistics.domain.ShuttleSeat;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Seats on shuttle departures. */
@ApplicationScoped
public class ShuttleSeatRepository implements PanacheRepositoryBase<ShuttleSeat, ShuttleSeat.Key> {

    public List<ShuttleSeat> ofDepartures(List<UUID> departures) {
        // Read-only: planning keeps or deletes seats, never changes one.
        return departures.isEmpty() ? List.of() : find("departureId in ?1", departures).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    public long countOn(UUID departure) {
        return count("departureId", departure);
    }
}
