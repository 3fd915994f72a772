package org.assises.platform.events;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The outbox relay's and the event housekeeping's settings ({@code assises.outbox.*}; a narrower prefix
 * than {@code assises} so that the services' own {@code assises.<service>.*} settings are not rejected).
 */
@ConfigMapping(prefix = "assises.outbox")
public interface OutboxConfig {

    /** Events per relay batch. */
    @WithDefault("200")
    int batchSize();

    /** How often the relay looks at the outbox besides being woken by commits. */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** How long one send may wait for the broker. */
    @WithDefault("PT10S")
    Duration sendTimeout();

    /** How long published events stay in outbox_event. */
    @WithDefault("P7D")
    Duration retention();

    /** How long applied event ids stay in processed_event: well beyond Kafka's 7-day retention. */
    @WithDefault("P30D")
    Duration processedEventsRetention();

    /** How often housekeeping runs (a scheduler interval such as 1h). */
    @WithDefault("1h")
    String housekeepingEvery();
}
