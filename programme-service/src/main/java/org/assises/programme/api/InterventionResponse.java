package org.assises.programme.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;
import org.assises.programme.domain.Intervention;
import org.assises.programme.domain.InterventionStatus;

/** A talk in a session's running order (position null once withdrawn). */
public record InterventionResponse(UUID id, UUID sessionId, @Schema(nullable = true, description = "null once withdrawn") Integer position, LocalizedText title, int durationMinutes,
        InterventionStatus status, SpeakerResponse speaker) {

    public static InterventionResponse from(Intervention i) {
        return new InterventionResponse(i.id, i.session.id, i.position, i.title(), i.durationMinutes, i.status,
                SpeakerResponse.from(i.speaker));
    }
}
