package org.assises.registration.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The opaque cursor of a feed: an entry's position and an HMAC binding it to the reader's scope (an APCAE
 * account, or the organisers), so a cursor cannot be forged nor used on another account's feed.
 */
public final class FeedCursor {

    private static final int MAC_BYTES = 12;

    private final byte[] key;

    public FeedCursor(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** The scope of a reader: organisers share one, each APCAE account has its own. */
    public static String scope(String subject, boolean organiser) {
        return organiser ? "organisers" : "apcae:" + subject;
    }

    public String encode(String scope, long seq) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + MAC_BYTES).putLong(seq).put(mac(scope, seq));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /** The position a cursor stands for, or empty when it is malformed, forged or another scope's. */
    public OptionalLong decode(String scope, String cursor) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
        if (raw.length != 8 + MAC_BYTES) {
            return OptionalLong.empty();
        }
        long seq = ByteBuffer.wrap(raw).getLong();
        boolean genuine = MessageDigest.isEqual(mac(scope, seq), Arrays.copyOfRange(raw, 8, raw.length));
        return genuine && seq >= 0 ? OptionalLong.of(seq) : OptionalLong.empty();
    }

    private byte[] mac(String scope, long seq) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal((scope + "\n" + seq).getBytes(StandardCharsets.UTF_8)), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
