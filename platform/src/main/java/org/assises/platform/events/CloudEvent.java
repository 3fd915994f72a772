package org.assises.platform.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The CloudEvents 1.0 envelope (JSON structured mode) of every message on the platform's topics.
 * {@code data} stays a JSON tree so that a consumer reads only the contract record it knows.
 */
public record CloudEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
}
