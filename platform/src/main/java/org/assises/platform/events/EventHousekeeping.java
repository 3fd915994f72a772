package org.assises.platform.events;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the outbox and the processed-event log from growing for ever: published events are deleted
 * after {@code assises.outbox.retention} (7 days), applied event ids after
 * {@code assises.outbox.processed-events-retention} (30 days, well beyond Kafka's default 7-day retention, so
 * a redelivered event is still recognised). Unpublished events are never deleted.
 */
@ApplicationScoped
public class EventHousekeeping {

    private final EntityManager em;
    private final Duration outboxRetention;
    private final Duration processedRetention;

    public EventHousekeeping(EntityManager em, OutboxConfig config) {
        this.em = em;
        this.outboxRetention = config.retention();
        this.processedRetention = config.processedEventsRetention();
    }

    @Scheduled(every = "${assises.outbox.housekeeping-every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        purge();
    }

    /** Deletes what is past its retention; returns how many rows went. */
    @Transactional
    public int purge() {
        OffsetDateTime now = OffsetDateTime.now();
        int outbox = em.createNativeQuery("DELETE FROM outbox_event WHERE published_at IS NOT NULL AND published_at < ?1")
                .setParameter(1, now.minus(outboxRetention))
                .executeUpdate();
        int processed = em.createNativeQuery("DELETE FROM processed_event WHERE processed_at < ?1")
                .setParameter(1, now.minus(processedRetention))
                .executeUpdate();
        if (outbox + processed > 0) {
            Log.infof("Housekeeping: %d published outbox events and %d processed event ids past their retention deleted",
                    outbox, processed);
        }
        return outbox + processed;
    }
}
