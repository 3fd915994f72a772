package org.assises.logistics.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.contracts.EventTypes;
import org.assises.contracts.ParticipantAssignments;
import org.assises.contracts.Topics;
import org.assises.platform.events.Outbox;

/** Publishes participants' assignments on {@code logistics.assignments}, in the caller's transaction, through the outbox. */
@ApplicationScoped
public class AssignmentEvents {

    private final Outbox outbox;

    public AssignmentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** One {@code assignments.changed} event per participant whose plan moved, written in one batch. */
    public void changed(List<ParticipantAssignments> changed) {
        Outbox.Batch batch = outbox.batch();
        for (ParticipantAssignments a : changed) {
            batch.add(Topics.LOGISTICS_ASSIGNMENTS, EventTypes.ASSIGNMENTS_CHANGED, a.participantId().toString(), a);
        }
        batch.write();
    }
}
