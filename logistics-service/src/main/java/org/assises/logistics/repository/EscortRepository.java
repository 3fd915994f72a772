package org.assises.logistics.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.logistics.domain.Escort;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** An edition's VIP escorts, by code. */
@ApplicationScoped
public class EscortRepository implements PanacheRepositoryBase<Escort, UUID> {

    /** The escorts with their availability, in one query. */
    public List<Escort> ofEdition(String edition) {
        return list("select distinct e from Escort e left join fetch e.availability where e.edition = ?1 order by e.code", edition);
    }

    public Optional<Escort> find(String edition, String code) {
        return find("edition = ?1 and code = ?2", edition, code).firstResultOptional();
    }
}
