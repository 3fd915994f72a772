package org.assises.awards.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.awards.domain.Juror;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Jury members of all editions. */
@ApplicationScoped
public class JurorRepository implements PanacheRepositoryBase<Juror, UUID> {

    public List<Juror> ofEdition(String edition) {
        return list("edition", Sort.by("side").and("name"), edition);
    }

    public Optional<Juror> bySubject(String edition, String subject) {
        return find("edition = ?1 and subject = ?2", edition, subject).firstResultOptional();
    }

    public Optional<Juror> inEdition(String edition, UUID id) {
        return findByIdOptional(id).filter(j -> j.edition.equals(edition));
    }
}
