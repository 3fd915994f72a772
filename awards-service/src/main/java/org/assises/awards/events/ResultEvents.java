package org.assises.awards.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.contracts.AwardResults;
import org.assises.contracts.EventTypes;
import org.assises.contracts.Topics;
import org.assises.platform.events.Outbox;

/** What awards-service publishes: the results of an edition, once, when the embargo ends. */
@ApplicationScoped
public class ResultEvents {

    private final Outbox outbox;

    public ResultEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void published(AwardResults results) {
        outbox.publish(Topics.AWARDS_RESULTS, EventTypes.AWARDS_RESULTS_PUBLISHED, results.edition(), results);
    }
}
