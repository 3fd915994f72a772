package org.assises.programme.api;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.AwardResults;
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

    /**
     * This version showing {@code announced} on its award ceremony session: the one starting closest to the
     * ceremony time, a cancelled one only when no other is left. Unchanged when it has no such session.
     */
    public PublishedProgramme withLaureates(Laureates announced) {
        Comparator<PublishedSession> closest = Comparator
                .comparing((PublishedSession s) -> s.status() == SessionStatus.CANCELLED)
                .thenComparing(s -> Duration.between(s.start(), announced.ceremonyAt()).abs());
        Optional<PublishedSession> ceremony = sessions.stream().filter(s -> s.kind() == SessionKind.AWARD_CEREMONY).min(closest);
        if (ceremony.isEmpty()) {
            return this;
        }
        List<PublishedSession> shown = sessions.stream().map(s -> s == ceremony.get() ? s.withLaureates(announced) : s).toList();
        return new PublishedProgramme(edition, version, publishedAt, title, firstDay, lastDay, timeZone, shown);
    }

    /** A session as published. */
    public record PublishedSession(UUID id, long number, String code, SessionKind kind, LocalizedText title,
            LocalizedText description, Theme theme, SessionStatus status, OffsetDateTime start, OffsetDateTime end,
            PlaceView venue, PlaceView room, Integer capacity, Audience audience, List<LocalGovernment> coChairs,
            List<PublishedIntervention> interventions,
            @Schema(nullable = true, description = "On the award ceremony session once awards-service has announced the laureates "
                    + "(at the ceremony time); null otherwise") Laureates laureates) {

        /** The same session showing {@code announced}. */
        public PublishedSession withLaureates(Laureates announced) {
            return new PublishedSession(id, number, code, kind, title, description, theme, status, start, end, venue, room, capacity,
                    audience, coChairs, interventions, announced);
        }
    }

    /**
     * The laureates announced at the award ceremony: each prize (in the call's order) with its winning
     * partnerships by rank, and the mentions by rank.
     */
    public record Laureates(OffsetDateTime ceremonyAt, @Schema(nullable = true) OffsetDateTime publishedAt,
            List<AwardResults.Prize> prizes, List<AwardResults.Laureate> mentions) {

        private static final Comparator<AwardResults.Laureate> BY_RANK = Comparator.comparing(AwardResults.Laureate::rank,
                Comparator.nullsLast(Comparator.naturalOrder()));

        /**
         * The announced results, each list by the rank the jury gave (the unranked last; a stable sort keeps
         * awards-service's order for ex aequo), whatever order the event listed them in.
         */
        public static Laureates of(AwardResults results) {
            List<AwardResults.Prize> prizes = results.prizes() == null ? List.of() : results.prizes().stream()
                    .map(p -> new AwardResults.Prize(p.prizeId(), p.code(), p.name(), p.theme(), p.award(), byRank(p.laureates())))
                    .toList();
            return new Laureates(results.ceremonyAt(), results.publishedAt(), prizes, byRank(results.mentions()));
        }

        private static List<AwardResults.Laureate> byRank(List<AwardResults.Laureate> laureates) {
            return laureates == null ? List.of() : laureates.stream().sorted(BY_RANK).toList();
        }
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
