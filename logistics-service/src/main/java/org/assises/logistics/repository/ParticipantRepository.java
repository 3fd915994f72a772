package org.assises.logistics.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.logistics.domain.Participant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The participants logistics knows of, from registration's events. */
@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    public List<Participant> ofEdition(String edition, int page, int size) {
        return find("edition", Sort.by("familyName").and("givenName").and("id"), edition).page(page, size).list();
    }

    public List<Participant> allOfEdition(String edition) {
        return list("edition", Sort.by("familyName").and("givenName").and("id"), edition);
    }

    public List<Participant> ofDelegation(String edition, String delegationId) {
        return list("edition = ?1 and delegationId = ?2", Sort.by("familyName").and("givenName").and("id"), edition, delegationId);
    }
}
