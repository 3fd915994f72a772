package org.assises.registration.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assises.contracts.ParticipantStatus;

/** A delegation as APCAE and organisers read it back: its members and their status, no passport data. */
public record DelegationView(String edition, String delegationId, String name, OffsetDateTime updatedAt,
        Map<ParticipantStatus, Long> counts, List<Member> members) {

    /** One member's status. */
    public record Member(String personId, UUID participantId, String familyName, String givenName, String nameZh,
            ParticipantStatus status, Long waitlistPosition, boolean vip) {
    }
}
