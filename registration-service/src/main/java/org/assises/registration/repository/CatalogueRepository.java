package org.assises.registration.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.registration.domain.Catalogue;
import org.assises.registration.domain.CatalogueItem;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Workshops and field visits per edition. */
@ApplicationScoped
public class CatalogueRepository implements PanacheRepository<CatalogueItem> {

    public List<CatalogueItem> forEdition(String edition) {
        return list("edition = ?1 order by kind, code", edition);
    }

    public Catalogue catalogue(String edition) {
        return new Catalogue(forEdition(edition));
    }

    public Optional<CatalogueItem> find(String edition, String code) {
        return find("edition = ?1 and code = ?2", edition, code).firstResultOptional();
    }
}
