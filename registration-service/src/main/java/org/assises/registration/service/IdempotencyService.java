package org.assises.registration.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assises.platform.problem.ProblemException;
import org.assises.registration.domain.IdempotencyRecord;
import org.assises.registration.domain.ManagementToken;
import org.assises.registration.repository.IdempotencyRepository;

/**
 * Idempotency-Key handling for retryable writes, inside the write's own transaction: the key is
 * claimed first, the answer stored last, so a retry gets the first answer and a failed write leaves
 * no key behind.
 */
@ApplicationScoped
public class IdempotencyService {

    private final IdempotencyRepository records;
    private final ObjectMapper mapper;

    public IdempotencyService(IdempotencyRepository records, ObjectMapper mapper) {
        this.records = records;
        this.mapper = mapper;
    }

    /**
     * Claims {@code key} for this request; the stored first answer when the key was used before with
     * the same request, a 422 when it was used with a different one, empty when this request is first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<IdempotentAnswer> claim(String scope, String key, Object request) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        String hash = ManagementToken.sha256(json(request));
        String keyHash = AnswerSeal.keyHash(key);
        if (records.claim(scope, keyHash, hash)) {
            return Optional.empty();
        }
        IdempotencyRecord first = records.findById(new IdempotencyRecord.Key(scope, keyHash));
        if (!first.requestHash.equals(hash)) {
            throw reused();
        }
        return Optional.of(new IdempotentAnswer(first.status, first.location, AnswerSeal.open(key, first.body)));
    }

    /** Stores the answer of the request that claimed {@code key} (nothing when there is no key). */
    @Transactional(Transactional.TxType.MANDATORY)
    public IdempotentAnswer answer(String scope, String key, int status, String location, Object body) {
        IdempotentAnswer answer = new IdempotentAnswer(status, location, json(body));
        if (key != null) {
            // The answer may hold a management token: stored sealed, under the key's hash only.
            records.answer(scope, AnswerSeal.keyHash(key), status, location, AnswerSeal.seal(key, answer.body()));
        }
        return answer;
    }

    /**
     * An Idempotency-Key and its request with what does not depend on the write worked out ahead of time
     * (the key's hash, the request's fingerprint, the answer's sealing key), so that a batch decided under a
     * lock does none of it there. A missing or malformed key is kept as it is: the batch refuses it in turn.
     */
    public record PreparedKey(String key, String keyHash, String requestHash, SecretKeySpec sealing) {

        boolean wellFormed() {
            return key != null && !key.isBlank() && key.length() <= 200;
        }
    }

    /** Prepares {@code key} for a batch (see {@link Claims}); callable on any thread, outside a transaction. */
    public PreparedKey prepare(String key, Object request) {
        PreparedKey bare = new PreparedKey(key, null, null, null);
        if (!bare.wellFormed()) {
            return bare;
        }
        return new PreparedKey(key, AnswerSeal.keyHash(key), ManagementToken.sha256(json(request)), AnswerSeal.key(key));
    }

    /**
     * The Idempotency-Keys of a batch of writes of one scope, read in one query. The caller holds a lock
     * that every write of this scope takes (the edition's seat lock), so no other transaction records one
     * of these keys before the batch commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claims claims(String scope, List<PreparedKey> keys) {
        List<String> hashes = keys.stream().filter(PreparedKey::wellFormed).map(PreparedKey::keyHash).distinct().toList();
        return new Claims(scope, records.find(scope, hashes));
    }

    /** The keys of one batch: their first answers, recorded and written with the batch. */
    public final class Claims {

        private final String scope;
        private final Map<String, IdempotencyRecord> byKeyHash;
        private final Map<String, IdempotentAnswer> answeredNow = new HashMap<>();
        private final List<IdempotencyRecord> toWrite = new ArrayList<>();

        private Claims(String scope, List<IdempotencyRecord> known) {
            this.scope = scope;
            this.byKeyHash = new HashMap<>();
            known.forEach(r -> byKeyHash.put(r.id.key, r));
        }

        /**
         * The first answer given to this key (earlier, or earlier in this batch) for this same request;
         * a 422 when the key was used with a different request; empty when this request is first.
         */
        public Optional<IdempotentAnswer> first(PreparedKey key) {
            if (key.key() == null) {
                return Optional.empty();
            }
            if (!key.wellFormed()) {
                throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 characters");
            }
            IdempotencyRecord first = byKeyHash.get(key.keyHash());
            if (first == null) {
                return Optional.empty();
            }
            if (!first.requestHash.equals(key.requestHash())) {
                throw reused();
            }
            IdempotentAnswer now = answeredNow.get(first.id.key);
            return Optional.of(now != null ? now : new IdempotentAnswer(first.status, first.location, AnswerSeal.open(key.key(), first.body)));
        }

        /** Records the answer to the request that came first with this key; stored by {@link #write()}. */
        public IdempotentAnswer answer(PreparedKey key, int status, String location, Object body) {
            IdempotentAnswer answer = new IdempotentAnswer(status, location, json(body));
            if (key.key() != null) {
                IdempotencyRecord record = new IdempotencyRecord();
                record.id = new IdempotencyRecord.Key(scope, key.keyHash());
                record.requestHash = key.requestHash();
                record.status = status;
                record.location = location;
                record.body = AnswerSeal.seal(key.sealing(), answer.body());
                record.createdAt = OffsetDateTime.now();
                toWrite.add(record);
                byKeyHash.put(record.id.key, record);
                answeredNow.put(record.id.key, answer);
            }
            return answer;
        }

        /** Stores the recorded answers, after the batch's other rows so that each table is inserted in one JDBC batch. */
        public void write() {
            toWrite.forEach(records::persist);
            toWrite.clear();
        }
    }

    private static ProblemException reused() {
        return new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                "this Idempotency-Key was used for a different request; use a new key for a new request", null, null);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
