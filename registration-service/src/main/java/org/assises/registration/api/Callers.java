package org.assises.registration.api;

import org.assises.platform.security.Roles;
import org.assises.registration.service.Caller;

import io.quarkus.security.identity.SecurityIdentity;

/** The caller of a request as the services see it. */
final class Callers {

    private Callers() {
    }

    static Caller of(SecurityIdentity identity) {
        return new Caller(identity.getPrincipal().getName(), identity.hasRole(Roles.ORGANISER));
    }
}
