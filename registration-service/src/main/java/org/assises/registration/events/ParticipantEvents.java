package org.assises.registration.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.contracts.ParticipantEvent;
import org.assises.contracts.Topics;
import org.assises.platform.events.Outbox;
import org.assises.registration.domain.Participant;

/** Writes the participant events of registration-service to the outbox, in the caller's transaction. */
@ApplicationScoped
public class ParticipantEvents {

    private final Outbox outbox;

    public ParticipantEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void emit(String type, Participant p) {
        outbox.publish(Topics.REGISTRATION_PARTICIPANTS, type, p.id.toString(), toEvent(p));
    }

    static ParticipantEvent toEvent(Participant p) {
        return new ParticipantEvent(p.id, p.edition, p.side, p.status.name(), null, p.familyName, p.givenName, p.nameZh,
                p.organisation, null, null, false, List.of(), false, null, null, false, null, List.of(), null, false);
    }
}
