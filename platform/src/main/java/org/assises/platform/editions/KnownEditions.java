package org.assises.platform.editions;

import java.util.Optional;

import org.assises.platform.problem.ProblemException;

/**
 * Plumbing for a service that keeps a read model of programme-service's editions (learned from
 * {@code EditionEvent}): "the edition or a 404", worded the same in every service.
 */
public final class KnownEditions {

    private KnownEditions() {
    }

    /** The edition, or a 404 saying that editions come from programme-service. */
    public static <T> T orNotFound(Optional<T> edition, String code) {
        return edition.orElseThrow(() -> ProblemException.notFound("No edition " + code
                + "; editions are created in programme-service (PUT /api/v1/editions/" + code + ") and known here once announced"));
    }
}
