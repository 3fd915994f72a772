package org.assises.registration.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** The secret that opens one registration: 32 random bytes, base64url; only its SHA-256 is stored. */
public record ManagementToken(String token, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static ManagementToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new ManagementToken(token, hash(token));
    }

    public static String hash(String token) {
        return sha256(token);
    }

    /** Hex SHA-256 of a text: token hashes, request fingerprints. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
