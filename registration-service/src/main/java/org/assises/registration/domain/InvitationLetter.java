package org.assises.registration.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An invitation letter as issued: its reference, whom it names and for which dates, and whether it was
 * revoked. The passport number printed in it is not kept here: it stays on the participant.
 */
@Entity
@Table(name = "invitation_letter")
public class InvitationLetter {

    /** Why a letter stopped being valid. */
    public enum Revocation {
        /** The participant cancelled. */
        CANCELLED,
        /** APCAE left the participant out of the delegation's list. */
        WITHDRAWN,
        /** A new letter replaced it (the participant's data or the letter settings changed). */
        SUPERSEDED
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String reference;

    @Column(nullable = false)
    public String edition;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    /** Fingerprint of everything printed in the letter: the same fingerprint prints the same letter again. */
    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "stay_from", nullable = false)
    public LocalDate stayFrom;

    @Column(name = "stay_to", nullable = false)
    public LocalDate stayTo;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    /** Token subject of who asked for it (an organiser or an APCAE account). */
    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "revoked_reason")
    public Revocation revokedReason;

    public boolean isValid() {
        return revokedAt == null;
    }

    public void revoke(Revocation reason, OffsetDateTime at) {
        revokedAt = at;
        revokedReason = reason;
    }
}
