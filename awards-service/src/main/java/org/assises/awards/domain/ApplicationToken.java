package org.assises.awards.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that opens one application, only its SHA-256 stored. Random; or, for a submission with
 * an Idempotency-Key, an HMAC of a stored random salt under the client's key, so a retry gets the same
 * token back while the database alone cannot produce it.
 */
public record ApplicationToken(String token, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static ApplicationToken random() {
        return of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32)));
    }

    /** The token of a submission made with {@code idempotencyKey} and the submission's {@code salt}. */
    public static ApplicationToken derived(String idempotencyKey, String salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(idempotencyKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return of(Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(salt.getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    public static String newSalt() {
        return HexFormat.of().formatHex(bytes(32));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Whether {@code presented} opens the record whose token hash is {@code storedHash}, in constant time. */
    public static boolean opens(String presented, String storedHash) {
        return presented != null && MessageDigest.isEqual(sha256(presented).getBytes(StandardCharsets.UTF_8),
                storedHash.getBytes(StandardCharsets.UTF_8));
    }

    private static ApplicationToken of(String token) {
        return new ApplicationToken(token, sha256(token));
    }

    private static byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
