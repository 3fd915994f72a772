package org.assises.registration.events;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import org.assises.contracts.Topics;
import org.assises.platform.events.CloudEvent;
import org.assises.platform.events.OutboxRelay;
import org.assises.registration.domain.Participant;

/**
 * Writes the participant events of a bulk change (a delegation push) to the outbox table in one
 * JDBC batch, in the caller's transaction. The rows are those {@code Outbox#publish} writes (same
 * CloudEvents envelope, topic and key), but the platform's outbox entity takes its id from an
 * IDENTITY column, which makes Hibernate insert each event on its own round trip: for a 300-member
 * push that was most of the time. The relay publishes the rows after the commit as usual.
 */
@ApplicationScoped
public class ParticipantEventBatch {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final ParticipantEvents events;
    private final String source;

    public ParticipantEventBatch(EntityManager em, ObjectMapper mapper, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay, ParticipantEvents events, @ConfigProperty(name = "quarkus.application.name") String source) {
        this.em = em;
        this.mapper = mapper;
        this.transactions = transactions;
        this.relay = relay;
        this.events = events;
        this.source = source;
    }

    /** Events collected during one bulk change, in the order they happened. */
    public final class Pending {

        private final List<Object[]> rows = new ArrayList<>();

        /** Records {@code type} about the participant as it is now; written by {@link #write()}. */
        public void emit(String type, Participant p) {
            UUID id = UUID.randomUUID();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, id, source, type, p.id.toString(), now, CloudEvent.JSON,
                    mapper.valueToTree(ParticipantEvents.toEvent(p, events.delegationOf(p))));
            try {
                rows.add(new Object[] {id, type, p.id.toString(), mapper.writeValueAsString(event), now});
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("event " + type + " cannot be written as JSON", e);
            }
        }

        /** Inserts the collected events (in order), in the caller's transaction; the relay is woken after the commit. */
        public void write() {
            if (rows.isEmpty()) {
                return;
            }
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_event"
                        + " (id, topic, message_key, type, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (Object[] row : rows) {
                        insert.setObject(1, row[0]);
                        insert.setString(2, Topics.REGISTRATION_PARTICIPANTS);
                        insert.setString(3, (String) row[2]);
                        insert.setString(4, (String) row[1]);
                        insert.setString(5, (String) row[3]);
                        insert.setTimestamp(6, Timestamp.from(((OffsetDateTime) row[4]).toInstant()));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            });
            rows.clear();
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        relay.wakeUp();
                    }
                }
            });
        }
    }

    public Pending start() {
        return new Pending();
    }
}
