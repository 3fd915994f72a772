package org.assises.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.assises.contracts.LocalizedText;
import org.assises.contracts.SessionStatus;
import org.assises.programme.api.PublishedProgramme;
import org.assises.programme.api.PublishedProgramme.Laureates;
import org.assises.programme.api.PublishedProgramme.PublishedSession;

/** Which session of a published version shows the laureates, without a database. */
class LaureatesPlacementTest {

    private static final OffsetDateTime CEREMONY = OffsetDateTime.parse("2018-12-13T09:00:00+01:00");
    private static final Laureates ANNOUNCED = new Laureates(CEREMONY, CEREMONY, List.of(), List.of());

    @Test
    void theCeremonyClosestToTheCeremonyTimeShowsThemAndNoOtherSession() {
        PublishedSession opening = session("opening", SessionKind.OPENING, SessionStatus.CONFIRMED, "2018-12-13T09:00:00+01:00");
        PublishedSession rehearsal = session("rehearsal", SessionKind.AWARD_CEREMONY, SessionStatus.CONFIRMED, "2018-12-12T17:00:00+01:00");
        PublishedSession ceremony = session("awards", SessionKind.AWARD_CEREMONY, SessionStatus.CONFIRMED, "2018-12-13T08:45:00+01:00");
        List<PublishedSession> shown = programme(opening, rehearsal, ceremony).withLaureates(ANNOUNCED).sessions();
        assertThat(shown).extracting(PublishedSession::laureates).containsExactly(null, null, ANNOUNCED);
    }

    @Test
    void aCancelledCeremonyShowsThemOnlyWhenNoOtherIsLeft() {
        PublishedSession cancelled = session("awards", SessionKind.AWARD_CEREMONY, SessionStatus.CANCELLED, "2018-12-13T09:00:00+01:00");
        PublishedSession moved = session("awards-moved", SessionKind.AWARD_CEREMONY, SessionStatus.CONFIRMED, "2018-12-13T14:00:00+01:00");
        assertThat(programme(cancelled, moved).withLaureates(ANNOUNCED).sessions()).extracting(PublishedSession::laureates)
                .containsExactly(null, ANNOUNCED);
        assertThat(programme(cancelled).withLaureates(ANNOUNCED).sessions()).extracting(PublishedSession::laureates)
                .containsExactly(ANNOUNCED);
    }

    @Test
    void aProgrammeWithoutCeremonyIsUnchanged() {
        PublishedProgramme programme = programme(session("opening", SessionKind.OPENING, SessionStatus.CONFIRMED, "2018-12-13T09:00:00+01:00"));
        assertThat(programme.withLaureates(ANNOUNCED)).isEqualTo(programme);
    }

    private static PublishedProgramme programme(PublishedSession... sessions) {
        return new PublishedProgramme("assises-2018", 1, CEREMONY.minusDays(10), new LocalizedText("Assises", "论坛", null),
                LocalDate.of(2018, 12, 11), LocalDate.of(2018, 12, 13), "Europe/Paris", List.of(sessions));
    }

    private static PublishedSession session(String code, SessionKind kind, SessionStatus status, String start) {
        OffsetDateTime at = OffsetDateTime.parse(start);
        return new PublishedSession(UUID.randomUUID(), 1, code, kind, new LocalizedText(code, code, null), null, null, status, at,
                at.plusHours(1), null, null, null, null, List.of(), List.of(), null);
    }
}
