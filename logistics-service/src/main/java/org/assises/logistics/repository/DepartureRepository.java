package org.assises.logistics.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.logistics.domain.Departure;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Shuttle departures. */
@ApplicationScoped
public class DepartureRepository implements PanacheRepositoryBase<Departure, UUID> {

    public List<Departure> ofEdition(String edition) {
        return list("edition", Sort.by("departsAt").and("slot"), edition);
    }
}
