package org.assises.registration.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assises.registration.config.FeedConfig;
import org.assises.registration.domain.Backoff;
import org.assises.registration.domain.FeedCursor;
import org.assises.registration.domain.FeedEntry;
import org.assises.registration.domain.WebhookSignature;
import org.assises.registration.domain.WebhookSubscription;
import org.assises.registration.domain.WebhookUrl;
import org.assises.registration.repository.FeedRepository;
import org.assises.registration.repository.WebhookSubscriptionRepository;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Pushes the feed to webhook subscriptions, off the request path: a scheduled pass leases the due subscriptions
 * (SKIP LOCKED, so several instances share them) and delivers to each on its own thread, entry after entry in
 * the feed's order; a failure stops that subscription only, which retries with backoff and is parked when the
 * retry period is over. A slow or dead receiver thus delays nobody else.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private final WebhookSubscriptionRepository subscriptions;
    private final FeedRepository feed;
    private final FeedService feedService;
    private final ObjectMapper mapper;
    private final FeedConfig config;
    private final Backoff backoff;
    private final HttpClient http;
    private final ExecutorService workers;
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private final Set<String> allowedHosts;

    public WebhookDispatcher(WebhookSubscriptionRepository subscriptions, FeedRepository feed, FeedService feedService,
            ObjectMapper mapper, FeedConfig config) {
        this.subscriptions = subscriptions;
        this.feed = feed;
        this.feedService = feedService;
        this.mapper = mapper;
        this.config = config;
        this.allowedHosts = config.allowedHosts().stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        this.backoff = new Backoff(config.firstRetry(), config.maxRetryDelay(), config.retryPeriod());
        // Receivers' redirects are not followed: a redirect could lead a signed delivery anywhere.
        this.http = HttpClient.newBuilder().connectTimeout(config.deliveryTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.workers = Executors.newFixedThreadPool(config.maxConcurrentDeliveries(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-delivery");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    @Scheduled(every = "${assises.registration.feed.dispatch-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void dispatch() {
        int free = config.maxConcurrentDeliveries() - running.size();
        if (free <= 0) {
            return;
        }
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> subscriptions.claimDue(free, lease()));
        for (UUID id : due) {
            if (running.add(id)) {
                workers.execute(() -> {
                    try {
                        deliver(id);
                    } catch (RuntimeException e) {
                        Log.warnf("webhook subscription %s: dispatch interrupted (%s)", id, e.getClass().getSimpleName());
                        QuarkusTransaction.requiringNew().run(() -> subscriptions.release(id));
                    } finally {
                        running.remove(id);
                    }
                });
            }
        }
    }

    /** A lease outlives one delivery with room to spare; each delivered entry renews it. */
    private Duration lease() {
        return config.deliveryTimeout().multipliedBy(3).plusSeconds(30);
    }

    private void deliver(UUID id) {
        WebhookSubscription s = QuarkusTransaction.requiringNew().call(() -> subscriptions.findById(id));
        if (s == null || s.status != WebhookSubscription.Status.ACTIVE) {
            return;
        }
        String scope = FeedCursor.scope(s.owner, s.organiser);
        List<FeedEntry> entries = QuarkusTransaction.requiringNew()
                .call(() -> feed.after(s.position, s.organiser ? null : s.owner, config.batchSize()));
        long position = s.position;
        for (FeedEntry entry : entries) {
            boolean wanted = s.types.isEmpty() || s.types.contains(entry.type);
            if (wanted) {
                Optional<String> error = post(s, entry, scope);
                if (error.isPresent()) {
                    failed(s.id, position, error.get());
                    return;
                }
            }
            long from = position;
            boolean current = QuarkusTransaction.requiringNew()
                    .call(() -> subscriptions.advance(s.id, from, entry.seq, wanted, lease()));
            if (!current) {
                return; // replayed, parked or deleted meanwhile: the next pass starts from its new position
            }
            position = entry.seq;
        }
        QuarkusTransaction.requiringNew().run(() -> subscriptions.release(s.id));
    }

    /** POSTs one entry, signed; the reason it failed, or empty on a 2xx. */
    private Optional<String> post(WebhookSubscription s, FeedEntry entry, String scope) {
        String body;
        try {
            body = mapper.writeValueAsString(QuarkusTransaction.requiringNew().call(() -> feedService.message(entry, scope)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a feed message is always JSON", e);
        }
        URI target = URI.create(s.url);
        // Checked again at each delivery: the name may resolve elsewhere than when the subscription was made.
        if (!allowedHosts.contains(target.getHost().toLowerCase(java.util.Locale.ROOT))) {
            Optional<String> forbidden = WebhookUrl.forbiddenAddress(target.getHost());
            if (forbidden.isPresent()) {
                return Optional.of("the URL's host now resolves to " + forbidden.get());
            }
        }
        String deliveryId = UUID.nameUUIDFromBytes((s.id + "/" + entry.id).getBytes(StandardCharsets.UTF_8)).toString();
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(config.deliveryTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Assises-Webhooks/1")
                .header("webhook-id", deliveryId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(s.secret, deliveryId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? Optional.empty() : Optional.of("HTTP " + status);
        } catch (HttpTimeoutException e) {
            return Optional.of("no answer within " + config.deliveryTimeout().toMillis() + " ms");
        } catch (java.io.IOException e) {
            return Optional.of("connection failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("delivery interrupted");
        } catch (IllegalArgumentException e) {
            return Optional.of("unusable URL");
        }
    }

    /** Records a failed attempt: the next one after a backoff, or the subscription parked once the retry period is over. */
    private void failed(UUID id, long position, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookSubscription s = subscriptions.findById(id);
            if (s == null || s.position != position || s.status != WebhookSubscription.Status.ACTIVE) {
                return;
            }
            OffsetDateTime now = OffsetDateTime.now();
            s.attempts++;
            if (s.failingSince == null) {
                s.failingSince = now;
            }
            s.lastError = error;
            s.leasedUntil = null;
            Optional<OffsetDateTime> next = backoff.next(s.attempts, s.failingSince, now);
            if (next.isPresent()) {
                s.nextAttemptAt = next.get();
                Log.infof("webhook subscription %s: delivery after position %d failed (attempt %d), retry at %s", id, position,
                        s.attempts, s.nextAttemptAt);
            } else {
                s.status = WebhookSubscription.Status.FAILED;
                s.failedAt = now;
                Log.infof("webhook subscription %s parked as failed after %d attempts at position %d", id, s.attempts, position);
            }
        });
    }
}
