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

    /**
     * Locks the jury of an edition for the rest of the transaction: who is on it, who is assigned to what
     * and the conflicts change one writer at a time (a juror is never removed under a new assignment).
     */
    public void lockJury(String edition) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('awards-jury:' || :edition))")
                .setParameter("edition", edition).getSingleResult();
    }

    public Optional<Juror> inEdition(String edition, UUID id) {
        return findByIdOptional(id).filter(j -> j.edition.equals(edition));
    }
}
