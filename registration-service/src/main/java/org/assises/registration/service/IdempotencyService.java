package org.assises.registration.service;

import java.util.Optional;

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
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "this Idempotency-Key was used for a different request; use a new key for a new request", null, null);
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

    /** Gives up the key a refused write claimed (nothing when there is no key). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(String scope, String key) {
        if (key != null) {
            records.release(scope, AnswerSeal.keyHash(key));
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
