package org.assises.registration.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * When a failing webhook delivery is tried again: the delay doubles from {@code first} up to {@code max};
 * once the delivery has failed for longer than {@code period} it is given up (the subscription is parked).
 */
public record Backoff(Duration first, Duration max, Duration period) {

    /** The next attempt after the {@code attempts}-th failure, or empty when the retry period is over. */
    public Optional<OffsetDateTime> next(int attempts, OffsetDateTime failingSince, OffsetDateTime now) {
        if (Duration.between(failingSince, now).compareTo(period) >= 0) {
            return Optional.empty();
        }
        Duration delay = first.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 30));
        if (delay.compareTo(max) > 0 || delay.isNegative()) {
            delay = max;
        }
        return Optional.of(now.plus(delay));
    }
}
