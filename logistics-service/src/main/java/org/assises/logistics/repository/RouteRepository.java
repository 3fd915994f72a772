package org.assises.logistics.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.logistics.domain.Route;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** An edition's shuttle routes, by code. */
@ApplicationScoped
public class RouteRepository implements PanacheRepositoryBase<Route, UUID> {

    public List<Route> ofEdition(String edition) {
        return list("edition", Sort.by("code"), edition);
    }

    public Optional<Route> find(String edition, String code) {
        return find("edition = ?1 and code = ?2", edition, code).firstResultOptional();
    }
}
