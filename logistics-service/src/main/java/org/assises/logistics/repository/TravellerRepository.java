package org.assises.logistics.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.logistics.domain.Traveller;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The participants logistics knows of, from registration's events. */
@ApplicationScoped
public class TravellerRepository implements PanacheRepositoryBase<Traveller, UUID> {

    public List<Traveller> ofEdition(String edition, int page, int size) {
        return find("edition", Sort.by("familyName").and("givenName").and("id"), edition).page(page, size).list();
    }
}
