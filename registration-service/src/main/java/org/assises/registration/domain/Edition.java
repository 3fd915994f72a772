package org.assises.registration.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.assises.platform.editions.EditionFields;
import org.assises.platform.problem.Problem.Violation;

/**
 * One edition of the Assises (e.g. assises-2018) as programme-service announced it: its name, days,
 * time zone and venue, with the rules registration applies to them (travel dates, passport validity).
 */
@Entity
@Table(name = "edition")
public class Edition extends EditionFields {

    /** How many days before the opening and after the closing travel dates may fall. */
    public static final int TRAVEL_MARGIN_DAYS = 3;

    /** When programme's event first made the edition known here. */
    @Column(name = "learned_at", nullable = false)
    public OffsetDateTime learnedAt;

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
        LocalDate day = at.atZoneSameInstant(zone()).toLocalDate();
        return !day.isBefore(startsOn.minusDays(TRAVEL_MARGIN_DAYS)) && !day.isAfter(endsOn.plusDays(TRAVEL_MARGIN_DAYS));
    }
}
