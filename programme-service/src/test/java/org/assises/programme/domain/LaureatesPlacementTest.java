package org.assises.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.assises.contracts.AwardResults;
import org.assises.contracts.LocalizedText;
import org.assises.contracts.SessionStatus;
import org.assises.contracts.Theme;
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

    @Test
    void laureatesAreShownByTheRankTheJuryGaveNotInTheOrderTheEventListedThem() {
        AwardResults.Laureate third = laureate(3, "Commune fictive de Brumeval");
        AwardResults.Laureate first = laureate(1, "Commune fictive d'Aubeclair");
        AwardResults.Laureate unranked = laureate(null, "Commune fictive de Cendrelac");
        AwardResults.Laureate second = laureate(2, "Commune fictive de Dorvent");
        LocalizedText name = new LocalizedText("Prix du tourisme", "旅游奖", null);
        AwardResults results = new AwardResults("assises-2018", CEREMONY, CEREMONY,
                List.of(new AwardResults.Prize(UUID.randomUUID(), "tourism", name, Theme.TOURISM, name, List.of(third, unranked, first, second))),
                List.of(unranked, second, first));
        Laureates shown = Laureates.of(results);
        assertThat(shown.prizes().get(0).laureates()).containsExactly(first, second, third, unranked);
        assertThat(shown.mentions()).containsExactly(first, second, unranked);
    }

    private static AwardResults.Laureate laureate(Integer rank, String french) {
        return new AwardResults.Laureate(UUID.randomUUID(), rank, Theme.TOURISM, new LocalizedText("Coopération " + french, "合作", null),
                new LocalizedText(french, "虚构市", null), "Occitanie", new LocalizedText("Ville fictive de Qingtai", "青台市", null), "Sichuan",
                "https://films.example.org/" + rank);
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
