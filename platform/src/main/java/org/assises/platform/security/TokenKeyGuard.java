package org.assises.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Refuses to start a production service that has no token verification key, or that trusts the
 * development key whose private half is in the repository (anyone could mint an organiser token);
 * only the local stack may trust it, by saying so ({@code assises.security.trust-development-key=true}).
 */
@ApplicationScoped
public class TokenKeyGuard {

    /** SHA-256 of the base64 body of test-support's dev-keys/publicKey.pem. */
    static final String DEVELOPMENT_KEY_SHA256 = "23149e0484bd7e1947afeec2e541efcc112a71622f1e253a4c6a087a53bb4f99";

    private final Optional<String> location;
    private final Optional<String> inlineKey;
    private final boolean trustDevelopmentKey;

    public TokenKeyGuard(@ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> location,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> inlineKey,
            @ConfigProperty(name = "assises.security.trust-development-key", defaultValue = "false") boolean trustDevelopmentKey) {
        this.location = location;
        this.inlineKey = inlineKey;
        this.trustDevelopmentKey = trustDevelopmentKey;
    }

    void check(@Observes StartupEvent ignored) {
        List<String> profiles = ConfigUtils.getProfiles();
        if (!profiles.contains("prod") || location.filter(l -> l.startsWith("https:") || l.startsWith("http:")).isPresent()) {
            // Not production, or the identity provider's key set fetched by URL: never the development key.
            return;
        }
        Optional<String> key = inlineKey.isPresent() ? inlineKey : location.map(TokenKeyGuard::read);
        refusal(key, trustDevelopmentKey).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
    }

    /** Why a service with this verification key must not start, if it must not. */
    public static Optional<String> refusal(Optional<String> keyPem, boolean trustDevelopmentKey) {
        if (keyPem.isEmpty() || keyPem.get().isBlank()) {
            return Optional.of("No token verification key: set MP_JWT_VERIFY_PUBLICKEY_LOCATION (e.g. file:/keys/publicKey.pem) "
                    + "to the identity provider's public key");
        }
        if (!trustDevelopmentKey && isDevelopmentKey(keyPem.get())) {
            return Optional.of("The token verification key is the development key, whose private half is public: "
                    + "set MP_JWT_VERIFY_PUBLICKEY_LOCATION to this deployment's own key");
        }
        return Optional.empty();
    }

    static boolean isDevelopmentKey(String pem) {
        String body = pem.lines().filter(line -> !line.startsWith("-----")).map(String::strip).reduce("", String::concat);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest).equals(DEVELOPMENT_KEY_SHA256);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String location) {
        try {
            if (location.startsWith("file:")) {
                return Files.readString(Path.of(java.net.URI.create(location)), StandardCharsets.US_ASCII);
            }
            String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                }
            }
            Path path = Path.of(resource);
            return Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.US_ASCII) : "";
        } catch (IOException | IllegalArgumentException e) {
            // smallrye-jwt reports an unreadable key itself; here only its absence or the dev key matter.
            return "";
        }
    }
}
