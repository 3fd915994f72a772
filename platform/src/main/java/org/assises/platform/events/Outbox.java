package org.assises.platform.events;

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
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Records events in the same transaction as the change they describe. The {@link OutboxRelay}
 * publishes them after the commit; if the transaction rolls back, the events never existed. Each row
 * keeps the trace context of the request or event that wrote it, so the trace goes on to the consumers.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String source;

    public Outbox(EntityManager em, ObjectMapper mapper, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            @ConfigProperty(name = "quarkus.application.name") String source) {
        this.em = em;
        this.mapper = mapper;
        this.transactions = transactions;
        this.relay = relay;
        this.source = source;
    }

    /**
     * Adds one event to the outbox; must run inside the caller's transaction.
     *
     * @param topic   the producing aggregate's topic, see {@code org.assises.contracts.Topics}
     * @param type    the event type, see {@code org.assises.contracts.EventTypes}
     * @param subject the aggregate id, also the Kafka key so that one aggregate's events stay in order
     * @param data    the payload record from {@code org.assises.contracts}
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String type, String subject, Object data) {
        Batch batch = batch();
        UUID id = batch.add(topic, type, subject, data);
        batch.write();
        return id;
    }

    /**
     * Starts a batch of events for a bulk change (a delegation push of 300 members): they are written
     * in one JDBC batch by {@link Batch#write()}, in order, instead of one round trip each.
     */
    public Batch batch() {
        return new Batch();
    }

    /** Events collected during one change, in the order they happened, written together. */
    public final class Batch {

        private final List<OutboxEvent> rows = new ArrayList<>();

        private Batch() {
        }

        /** Adds an event (see {@link Outbox#publish}); nothing is written before {@link #write()}. */
        public UUID add(String topic, String type, String subject, Object data) {
            OutboxEvent row = new OutboxEvent();
            row.id = UUID.randomUUID();
            row.topic = topic;
            row.messageKey = subject;
            row.type = type;
            row.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            TraceHeaders.Carrier trace = TraceHeaders.current();
            row.traceParent = trace.traceParent();
            row.traceState = trace.traceState();
            CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, row.id, source, type, subject, row.createdAt,
                    CloudEvent.JSON, mapper.valueToTree(data));
            try {
                row.payload = mapper.writeValueAsString(event);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("event " + type + " cannot be written as JSON", e);
            }
            rows.add(row);
            return row.id;
        }

        /** Inserts the collected events in the caller's transaction; the relay is woken after the commit. */
        public void write() {
            if (rows.isEmpty()) {
                return;
            }
            if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
                throw new IllegalStateException("outbox events must be written in the transaction of the change they describe");
            }
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO outbox_event (id, topic, message_key, type, payload, created_at, trace_parent, trace_state)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (OutboxEvent row : rows) {
                        insert.setObject(1, row.id);
                        insert.setString(2, row.topic);
                        insert.setString(3, row.messageKey);
                        insert.setString(4, row.type);
                        insert.setString(5, row.payload);
                        insert.setTimestamp(6, Timestamp.from(row.createdAt.toInstant()));
                        insert.setString(7, row.traceParent);
                        insert.setString(8, row.traceState);
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
}
