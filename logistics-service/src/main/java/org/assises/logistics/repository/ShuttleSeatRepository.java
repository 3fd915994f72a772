package org.assises.logistics.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.logistics.domain.ShuttleSeat;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Seats on shuttle departures. */
@ApplicationScoped
public class ShuttleSeatRepository implements PanacheRepositoryBase<ShuttleSeat, ShuttleSeat.Key> {

    public List<ShuttleSeat> ofDepartures(List<UUID> departures) {
        return departures.isEmpty() ? List.of() : list("departureId in ?1", departures);
    }

    public long countOn(UUID departure) {
        return count("departureId", departure);
    }
}
