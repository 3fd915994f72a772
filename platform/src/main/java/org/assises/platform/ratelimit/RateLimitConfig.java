package org.assises.platform.ratelimit;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/** The named limits of {@link RateLimited} endpoints, set per deployment. */
@ConfigMapping(prefix = "assises.rate-limit")
public interface RateLimitConfig {

    /** Limits by name. */
    @WithParentName
    Map<String, Limit> limits();

    /** How many calls one client address may make in a period. */
    interface Limit {

        int requests();

        Duration per();
    }
}
