package org.assises.registration.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Chinese delegation as APCAE pushes it, by APCAE's own id; owned by the subject that pushed it first. */
@Entity
@Table(name = "delegation")
public class Delegation {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Column(name = "apcae_id", nullable = false)
    public String apcaeId;

    /** Token subject of the APCAE account the delegation belongs to; null when only organisers manage it. */
    public String owner;

    public String name;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Whether this caller may see and change the delegation: organisers always, APCAE its own only. */
    public boolean visibleTo(String subject, boolean organiser) {
        return organiser || (owner != null && owner.equals(subject));
    }
}
