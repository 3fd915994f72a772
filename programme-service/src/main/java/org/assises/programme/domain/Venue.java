package org.assises.programme.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.assises.contracts.LocalizedText;

/** A place where sessions happen: the Hôtel de Région, the REGAL fair, a field-visit site. */
@Entity
@Table(name = "venue")
public class Venue {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    public String address;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public LocalizedText name() {
        return new LocalizedText(nameFr, nameZh, nameEn);
    }
}
