package org.assises.registration.service;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.platform.problem.Problem;
import org.assises.platform.problem.ProblemException;
import org.assises.registration.config.FeedConfig;
import org.assises.registration.config.PapersConfig;
import org.assises.registration.domain.FeedCursor;
import org.assises.registration.domain.FeedType;
import org.assises.registration.domain.WebhookSignature;
import org.assises.registration.domain.WebhookSubscription;
import org.assises.registration.domain.WebhookUrl;
import org.assises.registration.repository.FeedRepository;
import org.assises.registration.repository.WebhookSubscriptionRepository;

import io.quarkus.logging.Log;

/** Webhook subscriptions to the feed: create (the secret shown once), list, rotate the secret, replay, delete. */
@ApplicationScoped
public class WebhookService {

    /** A subscription with its secret, which only its creation and a rotation return. */
    public record WithSecret(WebhookSubscription subscription, String secret) {
    }

    private final WebhookSubscriptionRepository subscriptions;
    private final FeedRepository feed;
    private final FeedService feedService;
    private final Set<String> allowedHosts;
    private final Set<String> ownHosts;

    public WebhookService(WebhookSubscriptionRepository subscriptions, FeedRepository feed, FeedService feedService,
            FeedConfig config, PapersConfig papers) {
        this.subscriptions = subscriptions;
        this.feed = feed;
        this.feedService = feedService;
        this.allowedHosts = new HashSet<>();
        config.allowedHosts().forEach(h -> allowedHosts.add(h.toLowerCase(Locale.ROOT)));
        allowedHosts.remove("none");
        this.ownHosts = new HashSet<>();
        String own = URI.create(papers.publicUrl()).getHost();
        if (own != null) {
            ownHosts.add(own.toLowerCase(Locale.ROOT));
        }
    }

    /** A new subscription that receives entries recorded from now on (replay to receive older ones). */
    @Transactional
    public WithSecret create(Caller caller, String url, List<String> types) {
        List<Problem.Violation> violations = new ArrayList<>();
        WebhookUrl.refusal(url, allowedHosts, ownHosts).ifPresent(reason -> violations.add(new Problem.Violation("url", reason)));
        for (int i = 0; types != null && i < types.size(); i++) {
            if (types.get(i) == null || FeedType.fromWire(types.get(i)).isEmpty()) {
                violations.add(new Problem.Violation("types[" + i + "]", "unknown feed entry type"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.owner = caller.subject();
        s.organiser = caller.organiser();
        s.url = url;
        s.types = types == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(types));
        s.secret = WebhookSignature.newSecret();
        s.status = WebhookSubscription.Status.ACTIVE;
        s.position = feed.last();
        s.nextAttemptAt = OffsetDateTime.now();
        s.createdAt = OffsetDateTime.now();
        subscriptions.persist(s);
        Log.infof("webhook subscription %s created from position %d", s.id, s.position);
        return new WithSecret(s, s.secret);
    }

    @Transactional
    public List<WebhookSubscription> list(Caller caller) {
        return subscriptions.of(caller.organiser() ? null : caller.subject());
    }

    /** The subscription, or a 404 when it does not exist or is another account's. */
    @Transactional
    public WebhookSubscription get(Caller caller, UUID id) {
        WebhookSubscription s = subscriptions.findById(id);
        if (s == null || !s.visibleTo(caller.subject(), caller.organiser())) {
            throw ProblemException.notFound("No webhook subscription " + id);
        }
        return s;
    }

    @Transactional
    public WithSecret rotateSecret(Caller caller, UUID id) {
        WebhookSubscription s = get(caller, id);
        s.secret = WebhookSignature.newSecret();
        Log.infof("webhook subscription %s has a new secret", s.id);
        return new WithSecret(s, s.secret);
    }

    /** Delivers again from {@code after} (the subscriber's cursor; null: the start), and reactivates a parked subscription. */
    @Transactional
    public WebhookSubscription replay(Caller caller, UUID id, String after) {
        WebhookSubscription s = get(caller, id);
        s.position = feedService.position(FeedCursor.scope(s.owner, s.organiser), after);
        s.status = WebhookSubscription.Status.ACTIVE;
        s.attempts = 0;
        s.failingSince = null;
        s.failedAt = null;
        s.nextAttemptAt = OffsetDateTime.now();
        Log.infof("webhook subscription %s replays from position %d", s.id, s.position);
        return s;
    }

    @Transactional
    public void delete(Caller caller, UUID id) {
        subscriptions.delete(get(caller, id));
        Log.infof("webhook subscription %s deleted", id);
    }
}
