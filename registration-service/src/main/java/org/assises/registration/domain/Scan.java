package org.assises.registration.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One scan by its device's nonce, with the answer it got, so that a replayed nonce gets the same answer. */
@Entity
@Table(name = "checkin_scan")
public class Scan {

    @Id
    public String nonce;

    @Column(name = "list_id", nullable = false)
    public UUID listId;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Door.Result result;

    @Column(name = "participant_id")
    public UUID participantId;

    /** The answer as JSON, given again word for word to a replay. */
    @Column(nullable = false)
    public String answer;

    @Column(name = "scanned_at", nullable = false)
    public OffsetDateTime scannedAt;

    /** Whether a scan with the same nonce is the same scan (the same secret at the same list). */
    public boolean sameAs(UUID list, String hash) {
        return listId.equals(list) && secretHash.equals(hash);
    }
}
