package org.assises.platform.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The ids of the events each consumer of this service has applied. */
@ApplicationScoped
public class ProcessedEventRepository {

    private final EntityManager em;

    public ProcessedEventRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Records that {@code consumer} applies {@code eventId} in the current transaction.
     *
     * @return false when the event was already applied (or is being applied by a concurrent delivery,
     *         which this call then waits for): the caller must skip it
     */
    public boolean markProcessed(String consumer, UUID eventId, String type) {
        int inserted = em.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id, event_type) VALUES (?1, ?2, ?3)
                ON CONFLICT (consumer, event_id) DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .setParameter(3, type)
                .executeUpdate();
        return inserted == 1;
    }
}
