package org.assises.registration.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.assises.registration.domain.ManagementToken;

/**
 * Seals a stored first answer (which may carry a management token) with a key derived from the
 * client's Idempotency-Key, which is itself stored only as a hash: the database alone can neither
 * read the answer nor tell which key opens it; the client retrying with its key can.
 */
final class AnswerSeal {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private AnswerSeal() {
    }

    /** What the record is stored under instead of the key itself. */
    static String keyHash(String idempotencyKey) {
        return ManagementToken.sha256("idempotency-key:" + idempotencyKey);
    }

    static String seal(String idempotencyKey, String answer) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, idempotencyKey, iv).doFinalChecked(answer.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    }

    static String open(String idempotencyKey, String stored) {
        byte[] all = Base64.getDecoder().decode(stored);
        byte[] iv = Arrays.copyOfRange(all, 0, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(all, IV_BYTES, all.length);
        return new String(cipher(Cipher.DECRYPT_MODE, idempotencyKey, iv).doFinalChecked(sealed), StandardCharsets.UTF_8);
    }

    private static Sealing cipher(int mode, String idempotencyKey, byte[] iv) {
        try {
            byte[] key = MessageDigest.getInstance("SHA-256")
                    .digest(("idempotency-answer:" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            return new Sealing(cipher);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JVM", e);
        }
    }

    /** A cipher ready for one operation. */
    private record Sealing(Cipher cipher) {
        byte[] doFinalChecked(byte[] input) {
            try {
                return cipher.doFinal(input);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("stored idempotent answer cannot be opened with this key", e);
            }
        }
    }
}
