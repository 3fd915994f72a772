package org.assises.programme.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.assises.programme.domain.ProgrammeState.Slot;
import org.assises.programme.domain.ProgrammeState.Talk;

/**
 * Finds the conflicts of a programme, in memory: sort-and-sweep per room, per speaker and per
 * participant, so that a thousand sessions take milliseconds. Pure: no database, no clock.
 */
public final class ConflictWarnings {

    private static final Comparator<Slot> BY_START = Comparator.comparing(Slot::start).thenComparing(Slot::id);
    private static final Comparator<Warning> ORDER = Comparator.comparing(Warning::kind)
            .thenComparing(w -> w.sessionIds().get(0))
            .thenComparing(w -> w.sessionIds().size() > 1 ? w.sessionIds().get(1) : w.sessionIds().get(0))
            .thenComparing(w -> w.speakerId() == null ? "" : w.speakerId().toString());

    private ConflictWarnings() {
    }

    /** Every conflict of the programme, in a stable order. */
    public static List<Warning> of(ProgrammeState state) {
        List<Warning> warnings = new ArrayList<>();
        Map<UUID, Slot> byId = new HashMap<>(state.sessions().size() * 2);
        for (Slot slot : state.sessions()) {
            byId.put(slot.id(), slot);
        }
        roomDoubleBookings(state, warnings);
        speakerDoubleBookings(state, byId, warnings);
        overflows(state, byId, warnings);
        outsideDays(state, warnings);
        overCapacity(state, warnings);
        workshopClashes(state, warnings);
        warnings.sort(ORDER);
        return warnings;
    }

    private static void roomDoubleBookings(ProgrammeState state, List<Warning> warnings) {
        Map<UUID, List<Slot>> byRoom = new HashMap<>();
        for (Slot slot : state.sessions()) {
            if (slot.roomId() != null) {
                byRoom.computeIfAbsent(slot.roomId(), k -> new ArrayList<>()).add(slot);
            }
        }
        for (List<Slot> slots : byRoom.values()) {
            overlaps(slots, (a, b) -> warnings.add(new Warning(WarningKind.ROOM_DOUBLE_BOOKED, pair(a, b), null,
                    "Sessions " + a.code() + " and " + b.code() + " are in the same room at the same time")));
        }
    }

    private static void speakerDoubleBookings(ProgrammeState state, Map<UUID, Slot> byId, List<Warning> warnings) {
        Map<UUID, Map<UUID, Slot>> bySpeaker = new HashMap<>();
        for (Talk talk : state.interventions()) {
            Slot slot = byId.get(talk.sessionId());
            if (slot != null) {
                bySpeaker.computeIfAbsent(talk.speakerId(), k -> new LinkedHashMap<>()).putIfAbsent(slot.id(), slot);
            }
        }
        bySpeaker.forEach((speaker, slots) -> {
            if (slots.size() > 1) {
                overlaps(new ArrayList<>(slots.values()), (a, b) -> warnings.add(new Warning(WarningKind.SPEAKER_DOUBLE_BOOKED,
                        pair(a, b), speaker, "A speaker talks in " + a.code() + " and " + b.code() + " at the same time")));
            }
        });
    }

    private static void overflows(ProgrammeState state, Map<UUID, Slot> byId, List<Warning> warnings) {
        Map<UUID, Integer> minutes = new HashMap<>();
        for (Talk talk : state.interventions()) {
            minutes.merge(talk.sessionId(), talk.minutes(), Integer::sum);
        }
        minutes.forEach((sessionId, total) -> {
            Slot slot = byId.get(sessionId);
            if (slot == null) {
                return;
            }
            long length = Duration.between(slot.start(), slot.end()).toMinutes();
            if (total > length) {
                warnings.add(new Warning(WarningKind.INTERVENTIONS_OVERFLOW, List.of(sessionId), null,
                        "The talks of " + slot.code() + " last " + total + " minutes; the session lasts " + length));
            }
        });
    }

    private static void outsideDays(ProgrammeState state, List<Warning> warnings) {
        ProgrammeState.Days days = state.days();
        if (days == null) {
            return;
        }
        for (Slot slot : state.sessions()) {
            LocalDate first = slot.start().atZone(days.zone()).toLocalDate();
            // A session ending at midnight sharp still belongs to the day before.
            LocalDate last = slot.end().minusNanos(1).atZone(days.zone()).toLocalDate();
            if (first.isBefore(days.first()) || last.isAfter(days.last())) {
                warnings.add(new Warning(WarningKind.OUTSIDE_EDITION_DAYS, List.of(slot.id()), null,
                        "Session " + slot.code() + " is outside the edition's days (" + days.first() + " to " + days.last() + ")"));
            }
        }
    }

    private static void overCapacity(ProgrammeState state, List<Warning> warnings) {
        for (Slot slot : state.sessions()) {
            Integer signedUp = state.signUps().get(slot.code());
            if (slot.capacity() != null && signedUp != null && signedUp > slot.capacity()) {
                warnings.add(new Warning(WarningKind.OVER_CAPACITY, List.of(slot.id()), null,
                        signedUp + " participants signed up for " + slot.code() + ", which has " + slot.capacity() + " seats"));
            }
        }
    }

    private static void workshopClashes(ProgrammeState state, List<Warning> warnings) {
        List<Slot> mandatoryOrWorkshop = new ArrayList<>();
        for (Slot slot : state.sessions()) {
            if (slot.mandatory() || slot.kind().isWorkshop()) {
                mandatoryOrWorkshop.add(slot);
            }
        }
        Map<List<UUID>, Boolean> reported = new HashMap<>();
        overlaps(mandatoryOrWorkshop, (a, b) -> {
            if ((a.mandatory() && b.kind().isWorkshop()) || (b.mandatory() && a.kind().isWorkshop())) {
                List<UUID> ids = pair(a, b);
                reported.put(ids, true);
                Slot must = a.mandatory() ? a : b;
                Slot other = must == a ? b : a;
                warnings.add(new Warning(WarningKind.WORKSHOP_CLASH, ids, null,
                        "Workshop " + other.code() + " is at the same time as " + must.code() + ", which every participant attends"));
            }
        });
        if (state.participantPicks().isEmpty()) {
            return;
        }
        Map<String, Slot> byCode = new HashMap<>();
        for (Slot slot : state.sessions()) {
            byCode.put(slot.code(), slot);
        }
        Map<List<UUID>, Integer> participantsPerPair = new HashMap<>();
        for (List<String> picks : state.participantPicks().values()) {
            List<Slot> chosen = new ArrayList<>(picks.size());
            for (String code : picks) {
                Slot slot = byCode.get(code);
                if (slot != null) {
                    chosen.add(slot);
                }
            }
            if (chosen.size() > 1) {
                overlaps(chosen, (a, b) -> participantsPerPair.merge(pair(a, b), 1, Integer::sum));
            }
        }
        participantsPerPair.forEach((ids, count) -> {
            if (!reported.containsKey(ids)) {
                warnings.add(new Warning(WarningKind.WORKSHOP_CLASH, ids, null, count
                        + " participant(s) signed up for two sessions at the same time"));
            }
        });
    }

    /** Calls {@code onOverlap} for each pair of slots whose times overlap (touching ends do not). */
    private static void overlaps(List<Slot> slots, BiConsumer<Slot, Slot> onOverlap) {
        if (slots.size() < 2) {
            return;
        }
        List<Slot> sorted = new ArrayList<>(slots);
        sorted.sort(BY_START);
        for (int i = 0; i < sorted.size(); i++) {
            Slot a = sorted.get(i);
            for (int j = i + 1; j < sorted.size() && sorted.get(j).start().isBefore(a.end()); j++) {
                Slot b = sorted.get(j);
                if (!Objects.equals(a.id(), b.id())) {
                    onOverlap.accept(a, b);
                }
            }
        }
    }

    private static List<UUID> pair(Slot a, Slot b) {
        return a.id().compareTo(b.id()) <= 0 ? List.of(a.id(), b.id()) : List.of(b.id(), a.id());
    }
}
