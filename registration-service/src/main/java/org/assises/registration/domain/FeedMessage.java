package org.assises.registration.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A feed entry as its reader sees it, the same in the pull feed and in a webhook's body: the cursor is the
 * reader's (pass it back as {@code after} to read on from this entry).
 *
 * @param delegation APCAE's id of the member's delegation
 * @param data       what changed (the member's new state, the letter, the hotel...), never passport data
 */
public record FeedMessage(UUID id, String cursor, String type, String edition, Member member, String delegation,
        OffsetDateTime occurredAt, OffsetDateTime recordedAt, JsonNode data) {

    /** The member: APCAE's own person id and ours. */
    public record Member(String personId, UUID participantId) {
    }
}
