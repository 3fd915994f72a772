package org.assises.registration.domain;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of feed entries, by the name APCAE sees ({@code member.confirmed}, {@code hotel.changed}...). */
public enum FeedType {
    MEMBER_CONFIRMED("member.confirmed"),
    MEMBER_WAITLISTED("member.waitlisted"),
    MEMBER_PROMOTED("member.promoted"),
    MEMBER_UPDATED("member.updated"),
    MEMBER_CANCELLED("member.cancelled"),
    MEMBER_WITHDRAWN("member.withdrawn"),
    LETTER_ISSUED("letter.issued"),
    LETTER_REVOKED("letter.revoked"),
    HOTEL_CHANGED("hotel.changed"),
    PICKUPS_CHANGED("pickups.changed"),
    SHUTTLES_CHANGED("shuttles.changed");

    private final String wire;

    FeedType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<FeedType> fromWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(name)).findFirst();
    }
}
