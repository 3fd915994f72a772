package org.assises.registration.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Embeddable;

/**
 * An arrival or a departure as stored: when, how (flight number, train) and where (airport, station).
 * Columns {@code <attribute>_at/_transport/_place} ({@code arrival_at}...), by the platform's component-path
 * naming. One null rule for the API, the events and the exports: a travel with none of the three is absent
 * (Hibernate loads it as null), otherwise all three are given as stored.
 */
@Embeddable
public class Travel {

    public OffsetDateTime at;

    public String transport;

    public String place;

    protected Travel() {
        // for JPA
    }

    private Travel(OffsetDateTime at, String transport, String place) {
        this.at = at;
        this.transport = transport;
        this.place = place;
    }

    /** The travel, or null when none of the three is given. */
    public static Travel of(OffsetDateTime at, String transport, String place) {
        return at == null && transport == null && place == null ? null : new Travel(at, transport, place);
    }

    /** When, for a travel that may be absent. */
    public static OffsetDateTime at(Travel travel) {
        return travel == null ? null : travel.at;
    }

    public static String transport(Travel travel) {
        return travel == null ? null : travel.transport;
    }

    public static String place(Travel travel) {
        return travel == null ? null : travel.place;
    }
}
