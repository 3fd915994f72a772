package org.assises.programme.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The award results awards-service announced, per edition, as the event's JSON data. Plain SQL: this is a
 * read model of another service's record, not an aggregate.
 */
@ApplicationScoped
public class AwardResultsRepository {

    private final EntityManager em;

    public AwardResultsRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Keeps the edition's results; an older announcement arriving after a newer one leaves the newer in place.
     *
     * @return whether anything was written
     */
    public boolean save(String edition, OffsetDateTime ceremonyAt, OffsetDateTime publishedAt, String json) {
        return em.createNativeQuery("""
                INSERT INTO award_results (edition, ceremony_at, published_at, results) VALUES (:edition, :ceremony, :published, :json)
                ON CONFLICT (edition) DO UPDATE SET ceremony_at = EXCLUDED.ceremony_at, published_at = EXCLUDED.published_at,
                    results = EXCLUDED.results
                WHERE award_results.published_at IS NULL OR EXCLUDED.published_at >= award_results.published_at""")
                .setParameter("edition", edition).setParameter("ceremony", ceremonyAt).setParameter("published", publishedAt)
                .setParameter("json", json).executeUpdate() > 0;
    }

    /** The edition's results as JSON, once announced. */
    public Optional<String> results(String edition) {
        List<?> rows = em.createNativeQuery("SELECT results FROM award_results WHERE edition = :edition", String.class)
                .setParameter("edition", edition).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
    }
}
