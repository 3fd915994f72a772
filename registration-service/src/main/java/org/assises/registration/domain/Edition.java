package org.assises.registration.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.assises.contracts.EditionEvent;
import org.assises.platform.persistence.Bilingual;
import org.assises.platform.problem.Problem.Violation;

/**
 * One edition of the Assises (e.g. assises-2018) as programme-service announced it: its name, days,
 * time zone and venue, with the rules registration applies to them (travel dates, passport validity).
 */
@Entity
@Table(name = "edition")
public class Edition {

    /** How many days before the opening and after the closing travel dates may fall. */
    public static final int TRAVEL_MARGIN_DAYS = 3;

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

    /** The main venue's name; null until programme names it. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "venue_fr")),
            @AttributeOverride(name = "zh", column = @Column(name = "venue_zh")),
            @AttributeOverride(name = "en", column = @Column(name = "venue_en")) })
    public Bilingual venue;

    @Column(name = "venue_address")
    public String venueAddress;

    /** When programme's event first made the edition known here. */
    @Column(name = "learned_at", nullable = false)
    public OffsetDateTime learnedAt;

    /** Takes programme's edition as it now stands. */
    public void apply(EditionEvent e) {
        code = e.code();
        name = Bilingual.of(e.name());
        startsOn = e.startsOn();
        endsOn = e.endsOn();
        timeZone = e.timeZone();
        venue = Bilingual.of(e.venue());
        venueAddress = e.venueAddress();
    }

    /**
     * The travel rule: arrival and departure within the edition's dates (give or take the travel
     * margin), departure after arrival. {@code prefix} is prepended to field names.
     */
    public List<Violation> travelViolations(String prefix, OffsetDateTime arrival, OffsetDateTime departure) {
        List<Violation> violations = new ArrayList<>();
        String range = "must fall between " + startsOn.minusDays(TRAVEL_MARGIN_DAYS) + " and " + endsOn.plusDays(TRAVEL_MARGIN_DAYS)
                + " (" + timeZone + ")";
        if (arrival != null && !travelWindowContains(arrival)) {
            violations.add(new Violation(prefix + "arrival.at", range));
        }
        if (departure != null && !travelWindowContains(departure)) {
            violations.add(new Violation(prefix + "departure.at", range));
        }
        if (arrival != null && departure != null && !departure.isAfter(arrival)) {
            violations.add(new Violation(prefix + "departure.at", "must be after the arrival"));
        }
        return violations;
    }

    /** Whether a passport expiring on {@code expiry} is still valid when the edition ends. */
    public boolean passportValidThroughout(LocalDate expiry) {
        return expiry.isAfter(endsOn);
    }

    /** Whether an arrival or departure at {@code at} fits the edition's dates (with the travel margin). */
    public boolean travelWindowContains(OffsetDateTime at) {
        LocalDate day = at.atZoneSameInstant(ZoneId.of(timeZone)).toLocalDate();
        return !day.isBefore(startsOn.minusDays(TRAVEL_MARGIN_DAYS)) && !day.isAfter(endsOn.plusDays(TRAVEL_MARGIN_DAYS));
    }
}
