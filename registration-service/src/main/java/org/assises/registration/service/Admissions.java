package org.assises.registration.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.assises.platform.problem.ProblemException;
import org.assises.registration.api.SelfRegistrationRequest;
import org.assises.registration.config.RegistrationConfig;
import org.assises.registration.service.RegistrationService.Decision;
import org.assises.registration.service.RegistrationService.SelfRegistration;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The seat decisions of a registration rush, taken many at a time: self-registrations queue in
 * arrival order, and one admitter takes an edition's seat lock once to decide every registration of
 * that edition waiting at that moment, in order, in one transaction; each request gets its answer
 * after the commit. One commit (and one disk flush under the lock) thus serves a whole batch.
 */
@ApplicationScoped
public class Admissions {

    /** Enough to absorb a rush, few enough that one batch's transaction stays short. */
    private static final int MOST_PER_BATCH = 200;

    private final RegistrationService registrations;
    /** Longer than any batch takes; a request still waiting then is told to retry with its Idempotency-Key. */
    private final Duration answerTimeout;
    private final LinkedBlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();

    private volatile boolean running;
    private Thread admitter;

    public Admissions(RegistrationService registrations, RegistrationConfig config) {
        this.registrations = registrations;
        this.answerTimeout = config.answerTimeout();
    }

    /** A self-registration in the queue, and the answer its request waits for. */
    private record Waiting(SelfRegistration registration, CompletableFuture<Decision> answer) {
    }

    void start(@Observes StartupEvent ignored) {
        running = true;
        admitter = new Thread(this::run, "registration-admitter");
        admitter.setDaemon(true);
        admitter.start();
    }

    void stop(@Observes ShutdownEvent ignored) throws InterruptedException {
        running = false;
        if (admitter != null) {
            admitter.interrupt();
            admitter.join(5000);
        }
        List<Waiting> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(w -> w.answer().completeExceptionally(unavailable()));
    }

    /**
     * A French participant registers themselves (see {@link RegistrationService#selfRegisterAll}): prepares
     * what needs no seat decision on the caller's thread, queues the registration for the batch that decides it,
     * and gives its answer (or its problem) once that batch has committed. No thread waits meanwhile: the answer
     * is taken up again on the caller's Vert.x context (its HTTP request's event loop), not on the admitter.
     */
    public Uni<IdempotentAnswer> selfRegister(String edition, SelfRegistrationRequest request, String idempotencyKey) {
        SelfRegistration registration = registrations.prepare(edition, request, idempotencyKey);
        Waiting waiting = new Waiting(registration, new CompletableFuture<>());
        queue.add(waiting);
        return Uni.createFrom().completionStage(waiting.answer())
                .ifNoItem().after(answerTimeout).failWith(Admissions::unavailable)
                .emitOn(callersContext())
                .map(decision -> {
                    if (decision.admitted() != null) {
                        Log.infof("Participant %s admitted to %s: %s", registration.id(), edition, decision.admitted());
                    }
                    return decision.answer();
                });
    }

    /** Where to take an answer up again: the caller's Vert.x context if it has one, else a worker thread. */
    private static Executor callersContext() {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Infrastructure.getDefaultWorkerPool();
        }
        return task -> context.runOnContext(ignored -> task.run());
    }

    private void run() {
        List<Waiting> taken = new ArrayList<>();
        while (running) {
            try {
                Waiting first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                taken.add(first);
                queue.drainTo(taken, MOST_PER_BATCH - 1);
                Map<String, List<Waiting>> byEdition = new LinkedHashMap<>();
                taken.forEach(w -> byEdition.computeIfAbsent(w.registration().edition(), e -> new ArrayList<>()).add(w));
                byEdition.forEach(this::decide);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                taken.forEach(w -> w.answer().completeExceptionally(unavailable()));
                return;
            } catch (RuntimeException e) {
                Log.errorf(e, "Admitter failed on a batch of %d self-registrations", taken.size());
                taken.forEach(w -> w.answer().completeExceptionally(e));
            } finally {
                taken.clear();
            }
        }
    }

    /**
     * Decides one edition's batch in one transaction. A problem of the whole batch (unknown edition,
     * registration not open) is every request's answer; an unexpected failure rolls the batch back and
     * each registration is then decided alone, so one cannot fail the others.
     */
    private void decide(String edition, List<Waiting> batch) {
        List<Decision> decisions;
        try {
            decisions = QuarkusTransaction.requiringNew()
                    .call(() -> registrations.selfRegisterAll(edition, batch.stream().map(Waiting::registration).toList()));
        } catch (ProblemException refused) {
            batch.forEach(w -> w.answer().completeExceptionally(refused));
            return;
        } catch (RuntimeException failed) {
            if (batch.size() == 1) {
                batch.get(0).answer().completeExceptionally(failed);
                return;
            }
            Log.warnf(failed, "A batch of %d self-registrations of %s failed; deciding them one by one", batch.size(), edition);
            batch.forEach(w -> decide(edition, List.of(w)));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Decision decision = decisions.get(i);
            if (decision.problem() != null) {
                batch.get(i).answer().completeExceptionally(decision.problem());
            } else {
                batch.get(i).answer().complete(decision);
            }
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(503, "registration-busy", "Registration busy",
                "the registration could not be decided in time; retry with the same Idempotency-Key to get its answer", null, null);
    }
}
