package org.assises.registration.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.assises.platform.problem.ProblemException;
import org.assises.registration.config.FeedConfig;
import org.assises.registration.domain.Delegation;
import org.assises.registration.domain.FeedCursor;
import org.assises.registration.domain.FeedEntry;
import org.assises.registration.domain.FeedMessage;
import org.assises.registration.domain.FeedType;
import org.assises.registration.domain.Participant;
import org.assises.registration.repository.DelegationRepository;
import org.assises.registration.repository.FeedRepository;
import org.assises.registration.repository.ParticipantRepository;

import io.quarkus.logging.Log;

/** APCAE's feed: records the changes to delegation members in one order, and reads them back after a cursor. */
@ApplicationScoped
public class FeedService {

    /** A page of the feed: its messages and the cursor to read on from (the last one's, or the one given). */
    public record FeedPage(List<FeedMessage> entries, String next, boolean more) {
    }

    private final FeedRepository feed;
    private final ParticipantRepository participants;
    private final DelegationRepository delegations;
    private final ObjectMapper mapper;
    private final FeedCursor cursors;
    private final FeedConfig config;

    public FeedService(FeedRepository feed, ParticipantRepository participants, DelegationRepository delegations,
            ObjectMapper mapper, FeedConfig config) {
        this.feed = feed;
        this.participants = participants;
        this.delegations = delegations;
        this.mapper = mapper;
        this.cursors = new FeedCursor(config.cursorKey());
        this.config = config;
    }

    /**
     * Records a change to a participant, in the caller's transaction (the consumer's, which also records the
     * source event id): nothing for a participant outside any delegation, whom no APCAE account follows.
     */
    public Optional<FeedEntry> record(UUID sourceEventId, FeedType type, UUID participantId, OffsetDateTime occurredAt, JsonNode data) {
        Participant participant = participants.findById(participantId);
        if (participant == null || participant.delegationId == null) {
            return Optional.empty();
        }
        Delegation delegation = delegations.findById(participant.delegationId);
        FeedEntry entry = new FeedEntry();
        entry.seq = feed.nextSeq();
        entry.id = UUID.randomUUID();
        entry.sourceEventId = sourceEventId;
        entry.type = type.wire();
        entry.edition = participant.edition;
        entry.participantId = participant.id;
        entry.apcaePersonId = participant.apcaePersonId;
        entry.delegationApcaeId = delegation.apcaeId;
        entry.owner = delegation.owner;
        entry.occurredAt = occurredAt == null ? OffsetDateTime.now() : occurredAt;
        entry.recordedAt = OffsetDateTime.now();
        entry.data = data.toString();
        feed.persist(entry);
        Log.debugf("feed entry %d (%s) for participant %s", entry.seq, entry.type, entry.participantId);
        return Optional.of(entry);
    }

    /** A page of the caller's feed after {@code after} (null: from the start); 400 for a cursor that is not theirs. */
    @Transactional
    public FeedPage read(Caller caller, String after, int limit) {
        String scope = FeedCursor.scope(caller.subject(), caller.organiser());
        long from = position(scope, after);
        int size = Math.min(limit, config.maxPageSize());
        List<FeedEntry> entries = feed.after(from, caller.organiser() ? null : caller.subject(), size + 1);
        boolean more = entries.size() > size;
        List<FeedMessage> page = entries.stream().limit(size).map(e -> message(e, scope)).toList();
        String next = page.isEmpty() ? cursors.encode(scope, from) : page.get(page.size() - 1).cursor();
        return new FeedPage(page, next, more);
    }

    /** The position a reader's cursor stands for; 0 for none; 400 {@code invalid-cursor} when forged or another reader's. */
    public long position(String scope, String cursor) {
        if (cursor == null) {
            return 0;
        }
        OptionalLong seq = cursors.decode(scope, cursor);
        if (seq.isEmpty()) {
            throw new ProblemException(400, "invalid-cursor", "Invalid cursor",
                    "This cursor was not given to this account: use a cursor of your own feed, or none to start from the beginning",
                    null, null);
        }
        return seq.getAsLong();
    }

    /** The entry as a reader of this scope sees it. */
    public FeedMessage message(FeedEntry e, String scope) {
        try {
            return new FeedMessage(e.id, cursors.encode(scope, e.seq), e.type, e.edition,
                    new FeedMessage.Member(e.apcaePersonId, e.participantId), e.delegationApcaeId, e.occurredAt, e.recordedAt,
                    mapper.readTree(e.data));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("feed entry " + e.seq + " holds JSON written by this service", ex);
        }
    }

    /** The data of an event without what the entry already says (ids, edition, delegation). */
    public static ObjectNode withoutEnvelope(JsonNode data, String... fields) {
        ObjectNode copy = data.deepCopy();
        copy.remove(List.of(fields));
        return copy;
    }
}
