package org.assises.programme.api;

import java.time.LocalDate;
import java.util.UUID;

import org.assises.programme.domain.OpenItem;
import org.assises.programme.domain.OpenItemStatus;

/** An open item, with whether it is overdue today (Europe/Paris). */
public record OpenItemResponse(UUID id, String edition, UUID sessionId, String subject, String description, String owner,
        LocalDate dueDate, OpenItemStatus status, boolean overdue) {

    public static OpenItemResponse from(OpenItem o, LocalDate today) {
        return new OpenItemResponse(o.id, o.edition, o.sessionId, o.subject, o.description, o.owner, o.dueDate, o.status,
                o.isOverdue(today));
    }
}
