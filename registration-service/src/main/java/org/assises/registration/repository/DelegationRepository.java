package org.assises.registration.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.registration.domain.Delegation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** APCAE delegations by edition and APCAE id. */
@ApplicationScoped
public class DelegationRepository implements PanacheRepositoryBase<Delegation, UUID> {

    public Optional<Delegation> find(String edition, String apcaeId) {
        return find("edition = ?1 and apcaeId = ?2", edition, apcaeId).firstResultOptional();
    }

    /** The delegations of an edition; only {@code owner}'s when it is not null. */
    public List<Delegation> forEdition(String edition, String owner) {
        return owner == null
                ? list("edition = ?1 order by apcaeId", edition)
                : list("edition = ?1 and owner = ?2 order by apcaeId", edition, owner);
    }
}
