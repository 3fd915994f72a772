package org.assises.registration.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.registration.domain.FeedEntry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The feed's entries in their order, and the counter that gives it. */
@ApplicationScoped
public class FeedRepository implements PanacheRepositoryBase<FeedEntry, Long> {

    /**
     * The next position, taken under the counter row's lock: the transactions that write entries go one at a
     * time from here to their commit, so entries become visible in seq order and no reader skips one.
     */
    public long nextSeq() {
        return ((Number) getEntityManager().createNativeQuery("UPDATE feed_counter SET last = last + 1 WHERE id = 1 RETURNING last")
                .getSingleResult()).longValue();
    }

    /** Up to {@code limit} entries after {@code after}, in order; only {@code owner}'s unless it is null (organisers). */
    public List<FeedEntry> after(long after, String owner, int limit) {
        var query = owner == null
                ? find("seq > ?1 order by seq", after)
                : find("seq > ?1 and owner = ?2 order by seq", after, owner);
        return query.range(0, limit - 1).list();
    }

    /** The last position, 0 for an empty feed. */
    public long last() {
        return ((Number) getEntityManager().createNativeQuery("SELECT last FROM feed_counter WHERE id = 1").getSingleResult()).longValue();
    }
}
