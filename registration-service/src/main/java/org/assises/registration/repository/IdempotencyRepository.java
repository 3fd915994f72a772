package org.assises.registration.repository;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.registration.domain.IdempotencyRecord;

import org.hibernate.query.NativeQuery;

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
        int inserted = write("""
                INSERT INTO idempotency_record (scope, key, request_hash, created_at) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (scope, key) DO NOTHING""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, OffsetDateTime.now())
                .executeUpdate();
        return inserted == 1;
    }

    /** Records the answer of the write that claimed the key. */
    public void answer(String scope, String key, int status, String location, String body) {
        write("UPDATE idempotency_record SET status = ?3, location = ?4, body = ?5 WHERE scope = ?1 AND key = ?2")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, status).setParameter(4, location)
                .setParameter(5, body)
                .executeUpdate();
    }

    /** Gives up a key claimed by a write that was refused, in the same transaction. */
    public void release(String scope, String key) {
        write("DELETE FROM idempotency_record WHERE scope = ?1 AND key = ?2").setParameter(1, scope).setParameter(2, key).executeUpdate();
    }

    /**
     * A statement on this table only: declaring it spares the flush Hibernate would otherwise do before
     * a native statement, so a batch of registrations still reaches the database in JDBC batches.
     */
    private NativeQuery<?> write(String sql) {
        NativeQuery<?> query = getEntityManager().createNativeQuery(sql).unwrap(NativeQuery.class);
        query.addSynchronizedQuerySpace("idempotency_record");
        return query;
    }
}
