package org.assises.registration.domain;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The first answer to a write sent with an Idempotency-Key, returned again when the write is retried. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @EmbeddedId
    public Key id;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    public Integer status;

    public String location;

    public String body;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Which endpoint (and edition) the key belongs to, and the client's key. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "scope")
        public String scope;

        @Column(name = "key")
        public String key;

        public Key() {
        }

        public Key(String scope, String key) {
            this.scope = scope;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(scope, other.scope) && Objects.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, key);
        }
    }
}
