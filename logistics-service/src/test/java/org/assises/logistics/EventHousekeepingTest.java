package org.assises.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import org.assises.platform.events.EventHousekeeping;
import org.assises.testsupport.AssisesTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Old published events and old applied ids go; unpublished events and recent ids stay. */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
class EventHousekeepingTest {

    @Inject
    EventHousekeeping housekeeping;

    @Inject
    EntityManager em;

    @Test
    void purgesOnlyWhatIsPastItsRetention() {
        UUID oldPublished = UUID.randomUUID();
        UUID oldUnpublished = UUID.randomUUID();
        UUID recentPublished = UUID.randomUUID();
        UUID oldApplied = UUID.randomUUID();
        UUID recentApplied = UUID.randomUUID();
        OffsetDateTime longAgo = OffsetDateTime.now().minusDays(40);
        QuarkusTransaction.requiringNew().run(() -> {
            outbox(oldPublished, longAgo, longAgo);
            outbox(oldUnpublished, longAgo, null);
            outbox(recentPublished, OffsetDateTime.now(), OffsetDateTime.now());
            processed(oldApplied, longAgo);
            processed(recentApplied, OffsetDateTime.now());
        });

        assertThat(housekeeping.purge()).isGreaterThanOrEqualTo(2);

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(exists("outbox_event", "id", oldPublished)).isFalse();
            assertThat(exists("outbox_event", "id", oldUnpublished)).as("an unpublished event is never deleted").isTrue();
            assertThat(exists("outbox_event", "id", recentPublished)).isTrue();
            assertThat(exists("processed_event", "event_id", oldApplied)).isFalse();
            assertThat(exists("processed_event", "event_id", recentApplied)).isTrue();
            // The unpublished row would otherwise be sent by the relay into the test broker.
            em.createNativeQuery("DELETE FROM outbox_event WHERE id = ?1").setParameter(1, oldUnpublished).executeUpdate();
        });
    }

    private void outbox(UUID id, OffsetDateTime created, OffsetDateTime published) {
        em.createNativeQuery("""
                INSERT INTO outbox_event (id, topic, message_key, type, payload, created_at, published_at)
                VALUES (?1, 'housekeeping.test', 'k', 't', '{}', ?2, ?3)""")
                .setParameter(1, id).setParameter(2, created).setParameter(3, published)
                .executeUpdate();
    }

    private void processed(UUID id, OffsetDateTime at) {
        em.createNativeQuery("INSERT INTO processed_event (consumer, event_id, event_type, processed_at) VALUES ('test', ?1, 't', ?2)")
                .setParameter(1, id).setParameter(2, at)
                .executeUpdate();
    }

    private boolean exists(String table, String column, UUID id) {
        return !em.createNativeQuery("SELECT 1 FROM " + table + " WHERE " + column + " = ?1").setParameter(1, id).getResultList().isEmpty();
    }
}
