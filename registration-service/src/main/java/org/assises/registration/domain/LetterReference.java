package org.assises.registration.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * References and check codes of invitation letters. A reference is random (nothing to guess from a
 * neighbour's); its check code is an HMAC of the reference under the service's key, so the code is
 * printed on the letter and recomputed on verification, never stored.
 */
public final class LetterReference {

    /** Crockford's base 32: no I, L, O or U to misread on paper. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final String REFERENCE_PATTERN = "L-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";
    public static final String CODE_PATTERN = "[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    public LetterReference(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** A new random reference such as {@code L-7K3F-9QXM-2B8D} (60 bits). */
    public static String newReference() {
        StringBuilder out = new StringBuilder("L");
        for (int group = 0; group < 3; group++) {
            out.append('-');
            for (int i = 0; i < 4; i++) {
                out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return out.toString();
    }

    /** The check code printed with {@code reference}, e.g. {@code 4HX2M-Q9TZ1} (50 bits of the HMAC). */
    public String checkCode(String reference) {
        byte[] mac = hmac(reference);
        StringBuilder out = new StringBuilder();
        long bits = 0;
        for (int i = 0; i < 7; i++) {
            bits = (bits << 8) | (mac[i] & 0xff);
        }
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                out.append('-');
            }
            out.append(ALPHABET.charAt((int) ((bits >>> (51 - 5 * i)) & 31)));
        }
        return out.toString();
    }

    /** Whether {@code code} is the check code of {@code reference}, compared in constant time. */
    public boolean matches(String reference, String code) {
        return MessageDigest.isEqual(checkCode(reference).getBytes(StandardCharsets.US_ASCII),
                code.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] hmac(String reference) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("invitation-letter:" + reference).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
