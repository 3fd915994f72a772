package org.assises.platform.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event waiting in the service's own database to be published, written with the change it describes. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(nullable = false)
    public String type;

    /** The whole CloudEvent as JSON, exactly as it goes on the wire. */
    @Column(nullable = false)
    public String payload;

    /** The W3C {@code traceparent} of the request or event that wrote the row; null outside any trace. */
    @Column(name = "trace_parent")
    public String traceParent;

    /** The W3C {@code tracestate} that came with it, if any. */
    @Column(name = "trace_state")
    public String traceState;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;
}
