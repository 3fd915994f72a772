package org.assises.awards.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The Idempotency-Key of a submission, stored as a hash with the request's fingerprint: a retry gets
 * the same application, and its token again (derived from the client's key and the salt).
 */
@Entity
@Table(name = "submission_key")
public class SubmissionKey {

    @Id
    @Column(name = "key_hash")
    public String keyHash;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(nullable = false)
    public String salt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
