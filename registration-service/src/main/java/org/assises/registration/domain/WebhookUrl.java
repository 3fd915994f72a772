package org.assises.registration.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which URLs may receive webhooks: absolute http(s) URLs without user info, not pointing at this service
 * nor at a loopback, wildcard, link-local (cloud metadata) or multicast address, unless the host is in the
 * allow-list (tests and local stacks receive on localhost).
 */
public final class WebhookUrl {

    private WebhookUrl() {
    }

    /** Why the URL is refused, or empty when it may receive webhooks. */
    public static Optional<String> refusal(String url, Set<String> allowedHosts, Set<String> ownHosts) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute http or https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return Optional.of("must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry user information");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not carry a fragment");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (allowedHosts.contains(bare)) {
            return Optional.empty();
        }
        if (ownHosts.contains(bare)) {
            return Optional.of("must not point at this service");
        }
        if (bare.equals("localhost") || bare.endsWith(".localhost")) {
            return Optional.of("must not point at a loopback address");
        }
        return forbiddenAddress(bare).map(reason -> "must not point at " + reason);
    }

    /** Whether a resolved host is loopback, wildcard, link-local or multicast; unresolvable hosts are accepted (they fail at delivery). */
    public static Optional<String> forbiddenAddress(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress()) {
                    return Optional.of("a loopback address");
                }
                if (address.isAnyLocalAddress()) {
                    return Optional.of("a wildcard address");
                }
                if (address.isLinkLocalAddress()) {
                    return Optional.of("a link-local address");
                }
                if (address.isMulticastAddress()) {
                    return Optional.of("a multicast address");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
