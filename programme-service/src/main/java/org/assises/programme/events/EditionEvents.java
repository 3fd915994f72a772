package org.assises.programme.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.contracts.EditionEvent;
import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.platform.events.Outbox;
import org.assises.platform.persistence.Bilingual;
import org.assises.programme.domain.Edition;

/** Publishes the edition's events on {@code programme.editions}, through the outbox of the caller's transaction. */
@ApplicationScoped
public class EditionEvents {

    private final Outbox outbox;

    public EditionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The event data of an edition as it now stands. */
    public static EditionEvent data(Edition e) {
        return new EditionEvent(e.code, e.name.text(), e.startsOn, e.endsOn, e.timeZone, Bilingual.text(e.venue), e.venueAddress);
    }

    public void created(Edition e) {
        outbox.publish(Topics.PROGRAMME_EDITIONS, EventTypes.EDITION_CREATED, e.code, data(e));
    }

    public void changed(Edition e) {
        outbox.publish(Topics.PROGRAMME_EDITIONS, EventTypes.EDITION_CHANGED, e.code, data(e));
    }
}
