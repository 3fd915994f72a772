package org.assises.awards;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/** The service's clock in tests: set to the moment a test needs (before the deadline, at the ceremony) instead of waiting. */
@Singleton
public class TestClock extends Clock {

    private volatile Instant now = Instant.now();

    public void set(OffsetDateTime at) {
        now = at.toInstant();
    }

    public void set(Instant at) {
        now = at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
