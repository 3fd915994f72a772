package org.assises.programme.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.assises.platform.persistence.Bilingual;

/**
 * One edition of the Assises and its days, e.g. assises-2018 from 11 to 13 December 2018 in Toulouse.
 * programme-service owns it: the other services learn it from its {@code EditionEvent}.
 */
@Entity
@Table(name = "edition")
public class Edition {

    @Id
    public String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "name_fr", nullable = false)),
            @AttributeOverride(name = "zh", column = @Column(name = "name_zh", nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "name_en")) })
    public Bilingual name;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** The main venue's name; null until the organiser names it. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "venue_fr")),
            @AttributeOverride(name = "zh", column = @Column(name = "venue_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "venue_en")) })
    public Bilingual venue;

    @Column(name = "venue_address")
    public String venueAddress;

    @Column(name = "reference_loaded_at")
    public OffsetDateTime referenceLoadedAt;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
