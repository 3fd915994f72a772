package org.assises.programme.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.programme.domain.Venue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Venues of all editions. */
@ApplicationScoped
public class VenueRepository implements PanacheRepositoryBase<Venue, UUID> {

    public List<Venue> ofEdition(String edition) {
        return list("edition", Sort.by("name.fr"), edition);
    }
}
