package org.assises.registration.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of APCAE's feed and its webhooks ({@code assises.registration.feed.*}). */
@ConfigMapping(prefix = "assises.registration.feed")
public interface FeedConfig {

    /** The development key of the feed cursors, known to anyone who reads this code. */
    String DEV_CURSOR_KEY = "dev-only-feed-cursor-key-not-for-production";

    /** Key of the HMAC that binds a cursor to its reader: production sets its own (ASSISES_REGISTRATION_FEED_CURSOR_KEY). */
    @WithDefault(DEV_CURSOR_KEY)
    String cursorKey();

    /** Most entries in one page of the pull feed. */
    @WithDefault("500")
    int maxPageSize();

    /** Hosts webhooks may point at although they are loopback or private (tests and local stacks only); none by default. */
    @WithDefault("none")
    List<String> allowedHosts();

    /** How often the dispatcher looks for subscriptions with entries to deliver. */
    @WithDefault("1s")
    String dispatchEvery();

    /** How long one POST may take before it counts as failed. */
    @WithDefault("PT10S")
    Duration deliveryTimeout();

    /** The delay before the first retry; it doubles after each failure. */
    @WithDefault("PT10S")
    Duration firstRetry();

    /** The longest delay between two retries. */
    @WithDefault("PT1H")
    Duration maxRetryDelay();

    /** How long an entry is retried before its subscription is parked as failed. */
    @WithDefault("P3D")
    Duration retryPeriod();

    /** Most entries one dispatch of a subscription delivers before it lets the others' turn come. */
    @WithDefault("100")
    int batchSize();

    /** Most subscriptions delivered to at the same time (each on its own thread). */
    @WithDefault("16")
    int maxConcurrentDeliveries();
}
