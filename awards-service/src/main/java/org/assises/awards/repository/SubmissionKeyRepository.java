package org.assises.awards.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.awards.domain.SubmissionKey;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Idempotency-Keys of submissions, by hash. */
@ApplicationScoped
public class SubmissionKeyRepository implements PanacheRepositoryBase<SubmissionKey, String> {

    /** Inserts the key unless it exists; true when this request is the first with it. */
    public boolean claim(SubmissionKey key) {
        return getEntityManager().createNativeQuery("""
                INSERT INTO submission_key (key_hash, request_hash, application_id, salt, created_at)
                VALUES (:keyHash, :requestHash, :applicationId, :salt, :createdAt) ON CONFLICT (key_hash) DO NOTHING""")
                .setParameter("keyHash", key.keyHash).setParameter("requestHash", key.requestHash)
                .setParameter("applicationId", key.applicationId).setParameter("salt", key.salt)
                .setParameter("createdAt", key.createdAt).executeUpdate() == 1;
    }
}
