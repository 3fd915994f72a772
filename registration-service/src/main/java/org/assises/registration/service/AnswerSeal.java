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
    /** A cipher per thread, initialised anew for each answer: looking one up costs more than the sealing itself. */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this JVM", e);
        }
    });

    private AnswerSeal() {
    }

    /** What the record is stored under instead of the key itself. */
    static String keyHash(String idempotencyKey) {
        return ManagementToken.sha256("idempotency-key:" + idempotencyKey);
    }

    /** The AES key an Idempotency-Key seals its answer with (derived ahead of time by a queued self-registration). */
    static SecretKeySpec key(String idempotencyKey) {
        try {
            return new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                    .digest(("idempotency-answer:" + idempotencyKey).getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String seal(String idempotencyKey, String answer) {
        return seal(key(idempotencyKey), answer);
    }

    static String seal(SecretKeySpec key, String answer) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, iv).doFinalChecked(answer.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    }

    static String open(String idempotencyKey, String stored) {
        byte[] all = Base64.getDecoder().decode(stored);
        byte[] iv = Arrays.copyOfRange(all, 0, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(all, IV_BYTES, all.length);
        return new String(cipher(Cipher.DECRYPT_MODE, key(idempotencyKey), iv).doFinalChecked(sealed), StandardCharsets.UTF_8);
    }

    private static Sealing cipher(int mode, SecretKeySpec key, byte[] iv) {
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            return new Sealing(cipher);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM cannot be initialised with this key", e);
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
