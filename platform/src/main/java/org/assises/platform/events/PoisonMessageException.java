package org.assises.platform.events;

/**
 * A message that can never be applied (not a CloudEvent, a payload that does not fit its contract, a
 * reference to nothing): the consumer's channel sends it to its dead-letter topic with this reason.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonMessageException(String message) {
        super(message);
    }
}
