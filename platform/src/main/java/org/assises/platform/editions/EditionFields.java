package org.assises.platform.editions;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.assises.contracts.EditionEvent;
import org.assises.platform.persistence.Bilingual;

/**
 * What every service stores of an edition, with the names of {@link EditionEvent}: programme-service's
 * edition (the owner) and each read model of it extend this and add their own columns. Table
 * {@code edition}: {@code code}, {@code name_fr/_zh/_en}, {@code starts_on}, {@code ends_on},
 * {@code time_zone}, {@code venue_fr/_zh/_en}, {@code venue_address}.
 */
@MappedSuperclass
public abstract class EditionFields {

    @Id
    public String code;

    @Embedded
    public Bilingual name;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** The main venue's name; null until the organisers name it. */
    @Embedded
    public Bilingual venue;

    @Column(name = "venue_address")
    public String venueAddress;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Takes the edition as the event carries it (the whole edition: an upsert). */
    public void apply(EditionEvent event) {
        code = event.code();
        name = Bilingual.of(event.name());
        startsOn = event.startsOn();
        endsOn = event.endsOn();
        timeZone = event.timeZone();
        venue = Bilingual.of(event.venue());
        venueAddress = event.venueAddress();
    }

    /** The edition as its event carries it. */
    public EditionEvent toEvent() {
        return new EditionEvent(code, Bilingual.text(name), startsOn, endsOn, timeZone, Bilingual.text(venue), venueAddress);
    }
}
