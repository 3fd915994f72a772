package org.assises.platform.events;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes the outbox to Kafka: woken right after each commit that wrote an event, and every poll
 * interval in any case, it sends the oldest pending events in order (idempotent producer, acks=all)
 * and marks each one sent once the broker acknowledged it. While Kafka is down nothing is marked,
 * so the events wait in the database and go out when the broker is back: delayed, never lost.
 * Each send is a span in the trace of the change that wrote the row (not in one of the relay's own, so
 * that a batch mixes no traces), and its context goes with the record as W3C trace headers.
 */
@ApplicationScoped
public class OutboxRelay {

    private final OutboxRepository repository;
    private final Tracer tracer;
    private final String bootstrapServers;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration sendTimeout;
    private final Counter published;
    private final Counter failures;
    private final AtomicLong pending = new AtomicLong();
    private final Semaphore signal = new Semaphore(0);

    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;

    public OutboxRelay(OutboxRepository repository, MeterRegistry registry, Tracer tracer,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, OutboxConfig config) {
        this.repository = repository;
        this.tracer = tracer;
        this.bootstrapServers = bootstrapServers;
        this.batchSize = config.batchSize();
        this.pollInterval = config.pollInterval();
        this.sendTimeout = config.sendTimeout();
        this.published = Counter.builder("assises.outbox.published").description("Events published from the outbox")
                .register(registry);
        this.failures = Counter.builder("assises.outbox.failures").description("Failed attempts to publish an outbox batch")
                .register(registry);
        Gauge.builder("assises.outbox.pending", pending, AtomicLong::get)
                .description("Events written but not yet acknowledged by Kafka, as of the relay's last pass")
                .register(registry);
    }

    void start(@Observes StartupEvent ignored) {
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /** On shutdown the relay finishes the batch it is sending (marking what the broker acknowledged), then stops. */
    void stop(@Observes ShutdownEvent ignored) throws InterruptedException {
        running = false;
        signal.release();
        if (worker != null) {
            worker.join(sendTimeout.toMillis() + 1000);
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Asks the relay to look at the outbox now rather than at its next poll. */
    public void wakeUp() {
        signal.release();
    }

    private Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        long timeout = sendTimeout.toMillis();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(timeout));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(Math.max(1000, timeout / 2)));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(timeout));
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return config;
    }

    private void run() {
        long backoff = 0;
        while (running) {
            try {
                if (backoff > 0) {
                    signal.tryAcquire(backoff, TimeUnit.MILLISECONDS);
                    signal.drainPermits();
                }
                Outcome outcome = relayBatch();
                if (outcome.failed()) {
                    backoff = nextBackoff(backoff);
                } else {
                    backoff = 0;
                    if (outcome.sent() < batchSize) {
                        signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                        signal.drainPermits();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.increment();
                backoff = nextBackoff(backoff);
                if (running) {
                    Log.warnf("Outbox relay could not publish (%s); retrying in %d ms", rootMessage(e), backoff);
                }
            }
        }
    }

    /** While the broker or the database is away, retry at growing intervals, never more than 5 s apart. */
    private static long nextBackoff(long current) {
        return Math.min(5000, Math.max(500, current * 2));
    }

    /** What one relay pass did: how many events it published, and whether one failed. */
    record Outcome(int sent, boolean failed) {
    }

    /** Sends one batch in a transaction of its own. */
    Outcome relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<OutboxEvent> batch = repository.lockPending(batchSize);
            if (batch.isEmpty()) {
                pending.set(0);
                return new Outcome(0, false);
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            List<Span> spans = new ArrayList<>(batch.size());
            for (OutboxEvent event : batch) {
                Span span = publishSpan(event);
                spans.add(span);
                Future<RecordMetadata> ack = producer.send(new ProducerRecord<>(event.topic, null, event.messageKey, event.payload,
                        TraceHeaders.kafkaHeaders(Context.root().with(span))));
                acks.add(ack);
                if (failedAtOnce(ack)) {
                    // The broker is unreachable (send blocked for max.block.ms): the rest would wait as long.
                    break;
                }
            }
            int sent = 0;
            try {
                for (int i = 0; i < acks.size(); i++) {
                    OutboxEvent event = batch.get(i);
                    try {
                        acks.get(i).get(sendTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
                        event.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
                        sent++;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    } catch (Exception e) {
                        event.attempts++;
                        event.lastError = rootMessage(e);
                        spans.get(i).setStatus(StatusCode.ERROR, event.lastError);
                        failures.increment();
                        // The events after it wait for the next pass, so that one aggregate's events keep their order.
                        Log.warnf("Outbox event %s (%s) not published yet (%d pending in this batch): %s", event.id, event.type,
                                batch.size() - sent, event.lastError);
                        published.increment(sent);
                        pending.set(repository.countPending());
                        return new Outcome(sent, true);
                    }
                }
            } finally {
                spans.forEach(Span::end);
            }
            published.increment(sent);
            pending.set(repository.countPending());
            return new Outcome(sent, false);
        });
    }

    /**
     * The span of one send, a child of the context the row was written in; none for a row written
     * outside any trace, whose consumers then start a trace of their own.
     */
    private Span publishSpan(OutboxEvent event) {
        Context written = TraceHeaders.restore(event.traceParent, event.traceState);
        if (written == null) {
            return Span.getInvalid();
        }
        return tracer.spanBuilder(event.topic + " publish").setParent(written).setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka").setAttribute("messaging.operation.type", "publish")
                .setAttribute("messaging.destination.name", event.topic).setAttribute("messaging.message.id", event.id.toString())
                .setAttribute("cloudevents.event_type", event.type).startSpan();
    }

    private static boolean failedAtOnce(Future<RecordMetadata> ack) {
        if (!ack.isDone()) {
            return false;
        }
        try {
            ack.get();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
