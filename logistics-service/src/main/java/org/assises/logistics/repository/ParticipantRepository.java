package org.assises.logistics.repository;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /** How many participants of the edition per value of a column ({@code status} or {@code side}). */
    public Map<String, Long> countBy(String edition, String column) {
        if (!"status".equals(column) && !"side".equals(column)) {
            throw new IllegalArgumentException("no count by " + column);
        }
        Map<String, Long> counts = new TreeMap<>();
        getEntityManager().createQuery("select " + column + ", count(*) from Participant where edition = ?1 group by " + column,
                Object[].class).setParameter(1, edition).getResultList()
                .forEach(row -> counts.put(row[0].toString(), (Long) row[1]));
        return counts;
    }

    public List<Participant> ofDelegation(String edition, String delegationId) {
        return list("edition = ?1 and delegationId = ?2", Sort.by("familyName").and("givenName").and("id"), edition, delegationId);
    }
}
