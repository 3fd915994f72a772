package org.assises.registration.service;

/** The answer to a retryable write: status, Location and the JSON body, stored for an Idempotency-Key. */
public record IdempotentAnswer(int status, String location, String body) {
}
