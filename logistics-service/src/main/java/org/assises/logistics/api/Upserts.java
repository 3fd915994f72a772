package org.assises.logistics.api;

import java.net.URI;

import jakarta.ws.rs.core.Response;

import org.assises.logistics.service.Upserted;

/** The answer to a create-or-replace: 201 with a Location when new, 200 otherwise. */
final class Upserts {

    private Upserts() {
    }

    static Response response(Upserted<?> result, Object body, URI location) {
        return result.created() ? Response.created(location).entity(body).build() : Response.ok(body).build();
    }
}
