package org.assises.awards.domain;

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

import org.assises.contracts.EditionEvent;
import org.assises.platform.persistence.Bilingual;

/** An edition as programme-service (its owner) announces it; awards keeps this copy for its calls. */
@Entity
@Table(name = "edition")
public class Edition {

    @Id
    public String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fr", column = @Column(name = "name_fr")),
        @AttributeOverride(name = "zh", column = @Column(name = "name_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    public Bilingual name;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Takes the edition's current state from its owner's event. */
    public void apply(EditionEvent event, OffsetDateTime now) {
        code = event.code();
        name = Bilingual.of(event.name());
        startsOn = event.startsOn();
        endsOn = event.endsOn();
        timeZone = event.timeZone();
        updatedAt = now;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
