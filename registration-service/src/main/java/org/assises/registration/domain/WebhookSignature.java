package org.assises.registration.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature scheme (Standard Webhooks, v1): HMAC-SHA256 with the subscription's secret over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}, sent base64-encoded as {@code webhook-signature: v1,<sig>}.
 * Secrets are {@code whsec_} followed by 32 random bytes in base64; the HMAC key is those bytes.
 */
public final class WebhookSignature {

    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret, shown to the subscriber once. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The value of the {@code webhook-signature} header for this delivery. */
    public static String sign(String secret, String deliveryId, long timestamp, String body) {
        return "v1," + Base64.getEncoder().encodeToString(hmac(secret, deliveryId + "." + timestamp + "." + body));
    }

    /** Whether one of the space-separated signatures of {@code header} is this delivery's (compared in constant time). */
    public static boolean verify(String secret, String deliveryId, long timestamp, String body, String header) {
        if (header == null) {
            return false;
        }
        byte[] expected = sign(secret, deliveryId, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        for (String candidate : header.split(" ")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] hmac(String secret, String content) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(PREFIX.length())), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
