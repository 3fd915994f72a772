package org.assises.programme.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.assises.contracts.LocalizedText;
import org.assises.platform.persistence.Bilingual;

/** A place where sessions happen: the Hôtel de Région, the REGAL fair, a field-visit site. */
@Entity
@Table(name = "venue")
public class Venue {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Embedded
    public Bilingual name;

    public String address;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public LocalizedText name() {
        return name.text();
    }
}
