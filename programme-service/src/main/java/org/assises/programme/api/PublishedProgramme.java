package org.assises.programme.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;
import org.assises.contracts.SessionStatus;
import org.assises.contracts.Theme;
import org.assises.programme.domain.Audience;
import org.assises.programme.domain.LocalGovernment;
import org.assises.programme.domain.InterventionStatus;
import org.assises.programme.domain.SessionKind;

/**
 * A published version of an edition's programme, exactly as frozen at publication (drafts are left out;
 * cancelled sessions stay, marked as such, so readers learn of the cancellation).
 */
public record PublishedProgramme(String edition, int version, OffsetDateTime publishedAt, LocalizedText title,
        LocalDate firstDay, LocalDate lastDay, String timeZone, List<PublishedSession> sessions) {

    /** A session as published. */
    public record PublishedSession(UUID id, long number, String code, SessionKind kind, LocalizedText title,
            LocalizedText description, Theme theme, SessionStatus status, OffsetDateTime start, OffsetDateTime end,
            PlaceView venue, PlaceView room, Integer capacity, Audience audience, List<LocalGovernment> coChairs,
            List<PublishedIntervention> interventions) {
    }

    /** A talk as published. */
    public record PublishedIntervention(UUID id, @Schema(nullable = true, description = "null once withdrawn") Integer position, LocalizedText title, int durationMinutes,
            InterventionStatus status, PublishedSpeaker speaker) {
    }

    /** A speaker as published. */
    public record PublishedSpeaker(UUID id, String nameLatin, String nameZh, String organisation, String country,
            List<String> languages) {
    }
}
