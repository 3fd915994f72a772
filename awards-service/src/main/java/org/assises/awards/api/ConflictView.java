package org.assises.awards.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.awards.domain.ConflictOfInterest;
import org.assises.awards.domain.ConflictOrigin;
import org.assises.awards.domain.ConflictStatus;
import org.assises.awards.domain.ConflictType;

/** A conflict of interest, POTENTIAL until an organiser confirms or dismisses it. */
public record ConflictView(UUID id, UUID jurorId, UUID applicationId, ConflictType type, ConflictStatus status, ConflictOrigin origin,
        String reason, OffsetDateTime createdAt, @Schema(nullable = true) OffsetDateTime decidedAt, @Schema(nullable = true) String decidedBy) {

    public static ConflictView from(ConflictOfInterest c) {
        return new ConflictView(c.id, c.jurorId, c.applicationId, c.type, c.status, c.origin, c.reason, Times.paris(c.createdAt),
                Times.paris(c.decidedAt), c.decidedBy);
    }
}
