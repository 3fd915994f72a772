package org.assises.platform.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records an event in the same transaction as the change it describes. The {@link OutboxRelay}
 * publishes it after the commit; if the transaction rolls back, the event never existed.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository repository;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String source;

    public Outbox(OutboxRepository repository, ObjectMapper mapper, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay, @ConfigProperty(name = "quarkus.application.name") String source) {
        this.repository = repository;
        this.mapper = mapper;
        this.transactions = transactions;
        this.relay = relay;
        this.source = source;
    }

    /**
     * Adds an event to the outbox; must run inside the caller's transaction.
     *
     * @param topic   the producing aggregate's topic, see {@code org.assises.contracts.Topics}
     * @param type    the event type, see {@code org.assises.contracts.EventTypes}
     * @param subject the aggregate id, also the Kafka key so that one aggregate's events stay in order
     * @param data    the payload record from {@code org.assises.contracts}
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String type, String subject, Object data) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, id, source, type, subject, now, CloudEvent.JSON,
                mapper.valueToTree(data));
        OutboxEvent row = new OutboxEvent();
        row.id = id;
        row.topic = topic;
        row.messageKey = subject;
        row.type = type;
        row.createdAt = now;
        try {
            row.payload = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + type + " cannot be written as JSON", e);
        }
        repository.persist(row);
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
        return id;
    }
}
