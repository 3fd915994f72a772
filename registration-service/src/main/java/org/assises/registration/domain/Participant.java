package org.assises.registration.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.assises.contracts.Side;

/** A person registered for an edition of the Assises. */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Side side;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationStatus status;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(nullable = false)
    public String organisation;

    public String email;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
