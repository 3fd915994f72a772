package org.assises.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.assises.programme.domain.ProgrammeState.Slot;
import org.assises.programme.domain.ProgrammeState.Talk;

/** Each kind of conflict, found and not over-reported, on a hand-made programme. */
class ConflictWarningsTest {

    private static final ProgrammeState.Days DAYS = new ProgrammeState.Days(LocalDate.of(2018, 12, 11), LocalDate.of(2018, 12, 13),
            ZoneId.of("Europe/Paris"));
    private static final UUID ROOM_A = UUID.randomUUID();
    private static final UUID ROOM_B = UUID.randomUUID();

    @Test
    void cleanProgrammeHasNoWarning() {
        Slot a = slot("a", SessionKind.OPENING, ROOM_A, "2018-12-12T09:00", "2018-12-12T10:00", null, false);
        Slot b = slot("b", SessionKind.PLENARY_WORKSHOP, ROOM_A, "2018-12-12T10:00", "2018-12-12T12:00", 100, true);
        assertThat(ConflictWarnings.of(state(List.of(a, b), List.of(), Map.of("b", 100), Map.of()))).isEmpty();
    }

    @Test
    void twoSessionsInOneRoomAtOnce() {
        Slot a = slot("a", SessionKind.MEAL, ROOM_A, "2018-12-12T12:00", "2018-12-12T14:00", null, false);
        Slot b = slot("b", SessionKind.RECEPTION, ROOM_A, "2018-12-12T13:30", "2018-12-12T15:00", null, false);
        Slot elsewhere = slot("c", SessionKind.RECEPTION, ROOM_B, "2018-12-12T13:30", "2018-12-12T15:00", null, false);
        List<Warning> warnings = ConflictWarnings.of(state(List.of(a, b, elsewhere), List.of(), Map.of(), Map.of()));
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.ROOM_DOUBLE_BOOKED);
            assertThat(w.sessionIds()).containsExactlyInAnyOrder(a.id(), b.id());
        });
    }

    @Test
    void speakerInTwoPlacesAtOnce() {
        Slot a = slot("a", SessionKind.PARALLEL_WORKSHOP, ROOM_A, "2018-12-12T14:00", "2018-12-12T16:30", null, false);
        Slot b = slot("b", SessionKind.PARALLEL_WORKSHOP, ROOM_B, "2018-12-12T16:00", "2018-12-12T17:00", null, false);
        UUID speaker = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        List<Talk> talks = List.of(new Talk(UUID.randomUUID(), a.id(), speaker, 15), new Talk(UUID.randomUUID(), b.id(), speaker, 15),
                new Talk(UUID.randomUUID(), a.id(), other, 15), new Talk(UUID.randomUUID(), a.id(), other, 15));
        List<Warning> warnings = ConflictWarnings.of(state(List.of(a, b), talks, Map.of(), Map.of()));
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.SPEAKER_DOUBLE_BOOKED);
            assertThat(w.speakerId()).isEqualTo(speaker);
        });
    }

    @Test
    void talksOverflowingTheirSession() {
        Slot a = slot("a", SessionKind.REPORTS_AND_CLOSING, ROOM_A, "2018-12-13T10:15", "2018-12-13T10:45", null, false);
        UUID speaker = UUID.randomUUID();
        List<Talk> fits = List.of(new Talk(UUID.randomUUID(), a.id(), speaker, 15), new Talk(UUID.randomUUID(), a.id(), speaker, 15));
        assertThat(ConflictWarnings.of(state(List.of(a), fits, Map.of(), Map.of()))).isEmpty();
        List<Talk> overflow = List.of(new Talk(UUID.randomUUID(), a.id(), speaker, 15), new Talk(UUID.randomUUID(), a.id(), speaker, 16));
        assertThat(ConflictWarnings.of(state(List.of(a), overflow, Map.of(), Map.of())))
                .extracting(Warning::kind).containsExactly(WarningKind.INTERVENTIONS_OVERFLOW);
    }

    @Test
    void sessionOutsideTheEditionsDays() {
        Slot before = slot("before", SessionKind.RECEPTION, ROOM_A, "2018-12-10T18:00", "2018-12-10T20:00", null, false);
        Slot lateNight = slot("late", SessionKind.GALA_DINNER, ROOM_B, "2018-12-13T20:00", "2018-12-14T00:00", null, false);
        Slot after = slot("after", SessionKind.FIELD_VISIT, null, "2018-12-13T23:00", "2018-12-14T01:00", null, false);
        List<Warning> warnings = ConflictWarnings.of(state(List.of(before, lateNight, after), List.of(), Map.of(), Map.of()));
        assertThat(warnings).extracting(Warning::kind).containsOnly(WarningKind.OUTSIDE_EDITION_DAYS);
        assertThat(warnings).flatExtracting(Warning::sessionIds).containsExactlyInAnyOrder(before.id(), after.id());
    }

    @Test
    void moreSignUpsThanSeats() {
        Slot full = slot("visit-airbus", SessionKind.FIELD_VISIT, ROOM_A, "2018-12-13T11:00", "2018-12-13T16:00", 40, false);
        Slot unlimited = slot("visit-regal", SessionKind.FIELD_VISIT, ROOM_B, "2018-12-13T11:00", "2018-12-13T16:00", null, false);
        List<Warning> warnings = ConflictWarnings.of(state(List.of(full, unlimited), List.of(),
                Map.of("visit-airbus", 41, "visit-regal", 900), Map.of()));
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.OVER_CAPACITY);
            assertThat(w.sessionIds()).containsExactly(full.id());
            assertThat(w.detail()).contains("41").contains("40");
        });
        assertThat(ConflictWarnings.of(state(List.of(full), List.of(), Map.of("visit-airbus", 40), Map.of()))).isEmpty();
    }

    @Test
    void workshopAgainstASessionEveryoneAttends() {
        Slot plenary = slot("workshop-tourism", SessionKind.PLENARY_WORKSHOP, ROOM_A, "2018-12-12T10:30", "2018-12-12T12:30", null, true);
        Slot clash = slot("workshop-x", SessionKind.PARALLEL_WORKSHOP, ROOM_B, "2018-12-12T12:00", "2018-12-12T13:00", null, false);
        Slot meal = slot("lunch", SessionKind.MEAL, null, "2018-12-12T12:00", "2018-12-12T14:00", null, false);
        List<Warning> warnings = ConflictWarnings.of(state(List.of(plenary, clash, meal), List.of(), Map.of(), Map.of()));
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.WORKSHOP_CLASH);
            assertThat(w.sessionIds()).containsExactlyInAnyOrder(plenary.id(), clash.id());
        });
    }

    @Test
    void participantSignedUpForTwoSessionsAtOnce() {
        Slot a = slot("workshop-agriculture", SessionKind.PARALLEL_WORKSHOP, ROOM_A, "2018-12-12T14:00", "2018-12-12T16:30", null, false);
        Slot b = slot("workshop-sustainable-city", SessionKind.PARALLEL_WORKSHOP, ROOM_B, "2018-12-12T14:00", "2018-12-12T16:30", null, false);
        Map<UUID, List<String>> picks = Map.of(UUID.randomUUID(), List.of("workshop-agriculture", "workshop-sustainable-city"),
                UUID.randomUUID(), List.of("workshop-agriculture", "workshop-sustainable-city"),
                UUID.randomUUID(), List.of("workshop-agriculture"));
        List<Warning> warnings = ConflictWarnings.of(state(List.of(a, b), List.of(), Map.of(), picks));
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.WORKSHOP_CLASH);
            assertThat(w.detail()).startsWith("2 participant");
        });
        assertThat(ConflictWarnings.of(state(List.of(a, b), List.of(), Map.of(), Map.of()))).isEmpty();
    }

    private static ProgrammeState state(List<Slot> slots, List<Talk> talks, Map<String, Integer> signUps, Map<UUID, List<String>> picks) {
        return new ProgrammeState(DAYS, slots, talks, signUps, picks);
    }

    private static Slot slot(String code, SessionKind kind, UUID room, String start, String end, Integer capacity, boolean mandatory) {
        return new Slot(UUID.randomUUID(), code, kind, room, instant(start), instant(end), capacity, mandatory);
    }

    private static Instant instant(String localParisTime) {
        return OffsetDateTime.parse(localParisTime + ":00+01:00").toInstant();
    }
}
