package org.assises.registration.domain;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The check-in secret of one badge print, stored as its SHA-256: the QR code carries the secret (never
 * the participant id), the database only its hash. A reprint retires the previous secret.
 */
@Entity
@Table(name = "badge_secret")
public class BadgeSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "secret_hash")
    public String secretHash;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    /** A new secret: 128 random bits, URL-safe base 64 (22 characters). */
    public static String newSecret() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        return ManagementToken.sha256("badge-secret:" + secret);
    }

    public boolean isCurrent() {
        return retiredAt == null;
    }
}
