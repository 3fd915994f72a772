package org.assises.logistics.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.jpa.HibernateHints;

import org.assises.logistics.domain.Participant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The participants logistics knows of, from registration's events. */
@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    public List<Participant> ofEdition(String edition, int page, int size) {
        return find("edition", Sort.by("familyName").and("givenName").and("id"), edition).page(page, size).list();
    }

    /** Every participant of the edition, read-only: planning reads them and never changes them. */
    public List<Participant> allOfEdition(String edition) {
        return find("edition", Sort.by("familyName").and("givenName").and("id"), edition)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    public List<Participant> ofDelegation(String edition, String delegationId) {
        return list("edition = ?1 and delegationId = ?2", Sort.by("familyName").and("givenName").and("id"), edition, delegationId);
    }
}
