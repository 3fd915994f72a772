package org.assises.platform.ratelimit;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import org.assises.platform.problem.Problem;

/**
 * Enforces {@link RateLimited}: one Bucket4j token bucket per limit and client address (the address
 * the HTTP server sees, or the forwarded one when {@code quarkus.http.proxy.*} trusts a proxy), kept
 * while the address is active; an exhausted bucket answers 429 with Retry-After.
 */
public class ClientRateLimiter {

    private final RateLimitConfig config;
    private final Map<Method, Optional<String>> limitOf = new ConcurrentHashMap<>();
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(1, TimeUnit.HOURS).build();

    public ClientRateLimiter(RateLimitConfig config) {
        this.config = config;
    }

    @ServerRequestFilter
    public Response limit(ResourceInfo resource, HttpServerRequest request, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Optional<String> name = limitOf.computeIfAbsent(method, m -> Optional.ofNullable(
                m.isAnnotationPresent(RateLimited.class) ? m.getAnnotation(RateLimited.class)
                        : resource.getResourceClass().getAnnotation(RateLimited.class))
                .map(RateLimited::value));
        if (name.isEmpty()) {
            return null;
        }
        RateLimitConfig.Limit limit = config.limits().get(name.get());
        if (limit == null) {
            throw new IllegalStateException("no configuration for the rate limit " + name.get()
                    + " (assises.rate-limit." + name.get() + ".requests and .per)");
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        Bucket bucket = buckets.get(name.get() + "|" + client, key -> Bucket.builder()
                .addLimit(l -> l.capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return null;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        return Response.status(429).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, retryAfter)
                .entity(new Problem(Problem.type("too-many-requests"), "Too many requests", 429,
                        "Too many requests from your address; try again in " + retryAfter + " s.",
                        "/" + uri.getPath().replaceFirst("^/", ""), null, null))
                .build();
    }
}
