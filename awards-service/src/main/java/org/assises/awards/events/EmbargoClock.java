package org.assises.awards.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.assises.awards.service.ResultsService;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Ends the embargoes whose time has come: at start-up (a ceremony passed while the service was down)
 * and then every few seconds ({@code assises.awards.results-check}, 5 s by default).
 */
@ApplicationScoped
public class EmbargoClock {

    private final ResultsService results;

    public EmbargoClock(ResultsService results) {
        this.results = results;
    }

    void onStart(@Observes StartupEvent start) {
        results.publishDue();
    }

    @Scheduled(every = "${assises.awards.results-check:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void check() {
        results.publishDue();
    }
}
