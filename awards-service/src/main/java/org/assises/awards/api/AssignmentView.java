package org.assises.awards.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.assises.awards.domain.Assignment;

/** A juror's duty to score an application. */
public record AssignmentView(UUID jurorId, UUID applicationId, Assignment.Origin origin, OffsetDateTime assignedAt) {

    public static AssignmentView from(Assignment a) {
        return new AssignmentView(a.jurorId, a.applicationId, a.origin, Times.paris(a.assignedAt));
    }
}
