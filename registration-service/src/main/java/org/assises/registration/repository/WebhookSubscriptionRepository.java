package org.assises.registration.repository;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.registration.domain.WebhookSubscription;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Webhook subscriptions, and the dispatcher's leases on them. */
@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    /** An owner's subscriptions, or all of them for {@code null}. */
    public List<WebhookSubscription> of(String owner) {
        return owner == null ? list("order by createdAt") : list("owner = ?1 order by createdAt", owner);
    }

    /**
     * Leases up to {@code limit} active, due subscriptions that have entries past their position and that no
     * dispatcher holds; SKIP LOCKED lets several instances claim at once without waiting on each other.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> claimDue(int limit, Duration lease) {
        return getEntityManager().createNativeQuery("""
                UPDATE webhook_subscription s SET leased_until = now() + make_interval(secs => :lease)
                WHERE s.id IN (SELECT w.id FROM webhook_subscription w
                               WHERE w.status = 'ACTIVE' AND w.next_attempt_at <= now()
                                 AND (w.leased_until IS NULL OR w.leased_until < now())
                                 AND EXISTS (SELECT 1 FROM feed_entry e WHERE e.seq > w.position
                                             AND (w.organiser OR e.owner = w.owner))
                               ORDER BY w.next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING s.id""", UUID.class).setParameter("lease", (double) lease.toSeconds()).setParameter("limit", limit)
                .getResultList();
    }

    /** Moves a leased subscription past a delivered (or filtered out) entry, if nobody replayed it meanwhile. */
    public boolean advance(UUID id, long from, long to, boolean delivered, Duration lease) {
        OffsetDateTime until = OffsetDateTime.now().plus(lease);
        return (delivered
                ? update("position = ?3, attempts = 0, failingSince = null, lastError = null, leasedUntil = ?4, lastDeliveredAt = ?5"
                        + " where id = ?1 and position = ?2 and status = ?6", id, from, to, until, OffsetDateTime.now(),
                        WebhookSubscription.Status.ACTIVE)
                : update("position = ?3, leasedUntil = ?4 where id = ?1 and position = ?2 and status = ?5", id, from, to, until,
                        WebhookSubscription.Status.ACTIVE)) == 1;
    }

    /** Ends a lease. */
    public void release(UUID id) {
        update("leasedUntil = null where id = ?1", id);
    }
}
