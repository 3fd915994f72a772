package org.assises.programme.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Settings of programme-service. */
@ConfigMapping(prefix = "assises.programme")
public interface ProgrammeConfig {

    /**
     * Editions whose reference programme is loaded at start-up (e.g. {@code assises-2018}); none by
     * default. The local stack sets it so that a newcomer sees a real programme at once.
     */
    Optional<List<String>> seedEditions();
}
