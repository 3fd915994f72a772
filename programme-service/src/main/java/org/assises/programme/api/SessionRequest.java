package org.assises.programme.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;
import org.assises.contracts.SessionStatus;
import org.assises.contracts.Theme;
import org.assises.programme.domain.Audience;
import org.assises.programme.domain.LocalGovernment;
import org.assises.programme.domain.Session;
import org.assises.programme.domain.SessionKind;

/** A session to create, or its whole new state (PUT replaces, a merge patch changes only what it names). */
public record SessionRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,79}", message = "must be 2-80 lower-case letters, digits or dashes")
        @Schema(example = "workshop-agriculture") String code,
        @NotNull SessionKind kind,
        @NotNull @Valid LocalizedText title,
        @Valid LocalizedText description,
        Theme theme,
        @Schema(description = "A room of one of the edition's venues") UUID roomId,
        @NotNull @Schema(example = "2018-12-12T14:00:00+01:00") OffsetDateTime start,
        @NotNull @Schema(example = "2018-12-12T16:30:00+01:00") OffsetDateTime end,
        @Schema(description = "DRAFT when absent") SessionStatus status,
        @Min(value = 1, message = "must be at least 1 seat") @Max(value = 100000, message = "must be at most 100000 seats")
        @Schema(description = "Seats when lower than the room's") Integer capacity,
        @Schema(description = "OPEN when absent") Audience audience,
        @Schema(description = "Every participant attends it (the plenary workshop)") Boolean mandatory,
        @Size(max = 2, message = "a workshop has two co-chairs: one French and one Chinese local government")
        @Schema(description = "The local governments chairing it: one FRENCH and one CHINESE (one alone while the pair is being found)")
        List<@NotNull @Valid LocalGovernment> coChairs) {

    /** The session's current state as a request: what a merge patch applies to. */
    public static SessionRequest of(Session s) {
        return new SessionRequest(s.code, s.kind, s.title(), s.description(), s.theme, s.room == null ? null : s.room.id, s.startsAt,
                s.endsAt, s.status, s.capacity, s.audience, s.mandatory, s.coChairs());
    }
}
