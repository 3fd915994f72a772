package org.assises.logistics.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.logistics.domain.ProgrammeSession;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Programme sessions logistics plans around. */
@ApplicationScoped
public class ProgrammeSessionRepository implements PanacheRepositoryBase<ProgrammeSession, UUID> {

    public List<ProgrammeSession> ofEdition(String edition) {
        return list("edition", edition);
    }

    public Optional<ProgrammeSession> byCode(String edition, String code) {
        return find("edition = ?1 and code = ?2", edition, code).firstResultOptional();
    }
}
