package org.assises.programme.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.programme.domain.OpenItem;
import org.assises.programme.domain.OpenItemStatus;

/** An open item ("reste à définir") to record or update: on a session, or on a side event named by subject. */
@Schema(description = "An open item: give sessionId (a session of this edition), or else a non-blank subject")
public record OpenItemRequest(
        @Schema(description = "The session the item is about; when absent, subject is required") UUID sessionId,
        @Size(max = 200) @Schema(description = "The side event or topic; required when there is no sessionId",
                example = "Lanternes de Zigong") String subject,
        @NotBlank @Size(max = 2000) @Schema(example = "Spécifications d'accrochage des lanternes") String description,
        @NotBlank @Size(max = 200) @Schema(example = "Service protocole") String owner,
        @NotNull @Schema(example = "2018-11-15") LocalDate dueDate,
        @Schema(description = "OPEN when absent") OpenItemStatus status) {

    /** The item's current state as a request: what a merge patch applies to. */
    public static OpenItemRequest of(OpenItem item) {
        return new OpenItemRequest(item.sessionId, item.subject, item.description, item.owner, item.dueDate, item.status);
    }
}
