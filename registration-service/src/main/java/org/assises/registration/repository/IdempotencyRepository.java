package org.assises.registration.repository;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.registration.domain.IdempotencyRecord;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Idempotency keys and the answers they were given. */
@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {

    /**
     * Claims a key for this transaction: true when the key is new (the caller does the write and
     * stores its answer); false when a committed write already holds it. A concurrent request with
     * the same key waits here until the first one commits or rolls back.
     */
    public boolean claim(String scope, String key, String requestHash) {
        int inserted = getEntityManager().createNativeQuery("""
                INSERT INTO idempotency_record (scope, key, request_hash, created_at) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (scope, key) DO NOTHING""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, OffsetDateTime.now())
                .executeUpdate();
        return inserted == 1;
    }

    /** Records the answer of the write that claimed the key. */
    public void answer(String scope, String key, int status, String location, String body) {
        getEntityManager().createNativeQuery("UPDATE idempotency_record SET status = ?3, location = ?4, body = ?5 WHERE scope = ?1 AND key = ?2")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, status).setParameter(4, location)
                .setParameter(5, body)
                .executeUpdate();
    }

    /** The records of these keys (hashes) of one scope. */
    public List<IdempotencyRecord> find(String scope, List<String> keys) {
        return keys.isEmpty() ? List.of() : list("id.scope = ?1 and id.key in ?2", scope, keys);
    }
}
