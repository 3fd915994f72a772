package org.assises.awards.domain;

import org.assises.contracts.Theme;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.assises.contracts.LocalizedText;

/** A decentralised-cooperation prize of an edition, on one theme, with how many laureates it may have. */
@Entity
@Table(name = "prize")
public class Prize {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Theme theme;

    @Column(name = "name_fr", nullable = false)
    public String nameFr;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Column(nullable = false)
    public int laureates;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public LocalizedText name() {
        return new LocalizedText(nameFr, nameZh, nameEn);
    }
}
