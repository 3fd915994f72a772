package org.assises.awards.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.assises.contracts.Theme;
import org.assises.platform.persistence.Bilingual;

/**
 * A prize of an edition: on one theme, or special (no theme, open to every application), with how
 * many laureates it may have and what is handed over (a diploma, an engraved object of Occitanie).
 */
@Entity
@Table(name = "prize")
public class Prize {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    public Theme theme;

    @Embedded
    public Bilingual name;

    @Embedded
    public Bilingual award;

    @Column(nullable = false)
    public int laureates;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Whether an application on {@code applicationTheme} may win this prize. */
    public boolean accepts(Theme applicationTheme) {
        return theme == null || theme == applicationTheme;
    }
}
