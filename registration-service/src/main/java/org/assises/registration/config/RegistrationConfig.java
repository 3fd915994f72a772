package org.assises.registration.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of registration-service ({@code assises.registration.*}). */
@ConfigMapping(prefix = "assises.registration")
public interface RegistrationConfig {

    /** Editions to seed at start from {@code seed/<code>.json} when they do not exist yet (e.g. assises-2018). */
    Optional<List<String>> seedEditions();

    /** Front-end page where a participant manages their registration; the link adds the id and token. */
    @WithDefault("https://assises.local/inscription/gerer")
    String managementLinkBase();

    /** Most members one delegation push may carry. */
    @WithDefault("500")
    int maxDelegationMembers();

    /**
     * How long a self-registration waits for the batch that decides it before it is answered 503
     * {@code registration-busy} (a retry with the same Idempotency-Key then gets the decision, once taken).
     */
    @WithDefault("PT60S")
    Duration answerTimeout();
}
