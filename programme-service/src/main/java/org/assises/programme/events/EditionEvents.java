package org.assises.programme.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.platform.events.Outbox;
import org.assises.programme.domain.Edition;

/** Publishes the edition's events on {@code programme.editions}, through the outbox of the caller's transaction. */
@ApplicationScoped
public class EditionEvents {

    private final Outbox outbox;

    public EditionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void created(Edition e) {
        outbox.publish(Topics.PROGRAMME_EDITIONS, EventTypes.EDITION_CREATED, e.code, e.toEvent());
    }

    public void changed(Edition e) {
        outbox.publish(Topics.PROGRAMME_EDITIONS, EventTypes.EDITION_CHANGED, e.code, e.toEvent());
    }
}
