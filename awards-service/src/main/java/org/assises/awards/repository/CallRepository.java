package org.assises.awards.repository;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.awards.domain.AwardCall;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The calls for applications, one per edition. */
@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<AwardCall, String> {

    /**
     * Claims the publication of an edition's results: true for the one transaction that sets
     * {@code results_published_at}, only once the ceremony time has come and the deliberation is closed.
     */
    public boolean claimPublication(String edition, OffsetDateTime now) {
        return getEntityManager().createNativeQuery("""
                UPDATE award_call c SET results_published_at = :now
                WHERE c.edition = :edition AND c.results_published_at IS NULL AND c.ceremony_at <= :now
                  AND EXISTS (SELECT 1 FROM deliberation d WHERE d.edition = c.edition AND d.status = 'CLOSED')""")
                .setParameter("now", now).setParameter("edition", edition).executeUpdate() == 1;
    }

    /** Editions whose ceremony has come, whose deliberation is closed and whose results are not out yet. */
    public List<String> dueForPublication(OffsetDateTime now) {
        return getEntityManager().createQuery("""
                select c.edition from AwardCall c where c.resultsPublishedAt is null and c.ceremonyAt <= :now
                and exists (select 1 from Deliberation d where d.edition = c.edition and d.status = 'CLOSED')""", String.class)
                .setParameter("now", now).getResultList();
    }
}
