package org.assises.registration.api;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.assises.contracts.ParticipantStatus;
import org.assises.platform.problem.Problem;

/** The outcome of a push for one member, with the reasons, field by field, when rejected. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MemberReport(String personId, MemberOutcome outcome, UUID participantId, ParticipantStatus status,
        Long waitlistPosition, List<Problem.Violation> violations) {
}
