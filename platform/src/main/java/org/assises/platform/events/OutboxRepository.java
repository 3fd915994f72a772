package org.assises.platform.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.jpa.SpecHints;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** Access to the outbox table. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

    /** The oldest unpublished events, locked so that two relays never send the same batch at once. */
    public List<OutboxEvent> lockPending(int limit) {
        return find("publishedAt is null", Sort.by("seq"))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
                .page(0, limit)
                .list();
    }

    public long countPending() {
        return count("publishedAt is null");
    }
}
