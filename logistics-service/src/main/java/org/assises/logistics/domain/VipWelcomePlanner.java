package org.assises.logistics.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Gives each VIP transfer (airport to hotel on arrival, hotel to airport on departure) a car and a
 * Chinese-speaking escort, without a database. No car or escort is in two places at once: between two
 * of its transfers there is the drive from where the first ends to where the next starts, plus a
 * margin. Escorts work only within their availability. Transfers pinned by hand are kept; earlier
 * choices are kept while they still work; what cannot be covered is listed with the reason.
 */
public final class VipWelcomePlanner {

    public enum Direction { ARRIVAL, DEPARTURE }

    /** A transfer to cover: the car and escort are busy from {@code start} at one place to {@code end} at another. */
    public record Transfer(UUID participant, Direction direction, OffsetDateTime start, String startPlace, OffsetDateTime end,
            String endPlace) {

        Key key() {
            return new Key(participant, direction);
        }
    }

    public record Key(UUID participant, Direction direction) {
    }

    public record Car(UUID id, String label, int seats) {
    }

    public record Window(OffsetDateTime from, OffsetDateTime to) {
    }

    public record Escort(UUID id, String name, boolean speaksChinese, List<Window> availability) {
    }

    /** The car and escort of a transfer; either may be null when it could not be covered. */
    public record Cover(UUID participant, Direction direction, UUID car, UUID escort, boolean pinned) {

        Key key() {
            return new Key(participant, direction);
        }
    }

    public record Uncovered(UUID participant, Direction direction, String reason) {
    }

    public record Result(List<Cover> covers, List<Uncovered> uncovered) {
    }

    /** How long a drive takes between two places. */
    public interface DriveTimes {
        Duration between(String from, String to);
    }

    private final DriveTimes drives;
    private final Duration margin;

    public VipWelcomePlanner(DriveTimes drives, Duration margin) {
        this.drives = drives;
        this.margin = margin;
    }

    public Result plan(List<Transfer> transfers, List<Car> cars, List<Escort> escorts, Map<Key, Cover> previous) {
        Map<UUID, List<Transfer>> carJobs = new HashMap<>();
        Map<UUID, List<Transfer>> escortJobs = new HashMap<>();
        Map<Key, Cover> covers = new HashMap<>();
        List<Uncovered> uncovered = new ArrayList<>();
        Map<UUID, Car> carById = new HashMap<>();
        cars.forEach(c -> carById.put(c.id(), c));
        Map<UUID, Escort> escortById = new HashMap<>();
        escorts.forEach(e -> escortById.put(e.id(), e));

        List<Transfer> ordered = transfers.stream().sorted(Comparator.comparing(Transfer::start)
                .thenComparing(t -> t.participant().toString()).thenComparing(Transfer::direction)).toList();
        // Pinned first, then earlier choices, then the rest by time: three passes over the same order.
        for (int pass = 0; pass < 3; pass++) {
            for (Transfer t : ordered) {
                if (covers.containsKey(t.key())) {
                    continue;
                }
                Cover before = previous.get(t.key());
                if (pass == 0 && (before == null || !before.pinned())) {
                    continue;
                }
                if (pass == 1 && (before == null || before.pinned())) {
                    continue;
                }
                UUID car = null;
                UUID escort = null;
                if (pass < 2 && before.car() != null && carById.containsKey(before.car())
                        && (pass == 0 || fits(carJobs, before.car(), t)) && carById.get(before.car()).seats() >= 2) {
                    car = before.car();
                }
                if (pass < 2 && before.escort() != null && escortById.containsKey(before.escort())
                        && (pass == 0 || (fits(escortJobs, before.escort(), t) && available(escortById.get(before.escort()), t)))) {
                    escort = before.escort();
                }
                if (pass == 1 && (car == null || escort == null)) {
                    continue;
                }
                if (pass == 2) {
                    car = cars.stream().filter(c -> c.seats() >= 2 && fits(carJobs, c.id(), t)).map(Car::id).findFirst().orElse(null);
                    escort = escorts.stream().filter(e -> e.speaksChinese() && available(e, t) && fits(escortJobs, e.id(), t))
                            .map(Escort::id).findFirst().orElse(null);
                }
                if (car != null) {
                    carJobs.computeIfAbsent(car, k -> new ArrayList<>()).add(t);
                }
                if (escort != null) {
                    escortJobs.computeIfAbsent(escort, k -> new ArrayList<>()).add(t);
                }
                covers.put(t.key(), new Cover(t.participant(), t.direction(), car, escort, pass == 0));
                if (car == null) {
                    uncovered.add(new Uncovered(t.participant(), t.direction(), "no car is free from " + t.start() + " at "
                            + t.startPlace() + " to " + t.end() + " at " + t.endPlace()));
                }
                if (escort == null) {
                    uncovered.add(new Uncovered(t.participant(), t.direction(), "no Chinese-speaking escort is available from "
                            + t.start() + " to " + t.end()));
                }
            }
        }
        List<Cover> result = ordered.stream().map(t -> covers.get(t.key())).toList();
        return new Result(result, List.copyOf(uncovered));
    }

    /** Whether a car or escort already busy with {@code jobs} can also take {@code t}, drives and margin included. */
    public boolean fits(Map<UUID, List<Transfer>> jobs, UUID resource, Transfer t) {
        for (Transfer other : jobs.getOrDefault(resource, List.of())) {
            if (!apart(other, t)) {
                return false;
            }
        }
        return true;
    }

    /** Whether one car or escort can do both transfers, one after the other in either order. */
    public boolean apart(Transfer a, Transfer b) {
        boolean aThenB = !a.end().plus(drives.between(a.endPlace(), b.startPlace())).plus(margin).isAfter(b.start());
        boolean bThenA = !b.end().plus(drives.between(b.endPlace(), a.startPlace())).plus(margin).isAfter(a.start());
        return aThenB || bThenA;
    }

    private static boolean available(Escort e, Transfer t) {
        return e.availability().stream().anyMatch(w -> !w.from().isAfter(t.start()) && !w.to().isBefore(t.end()));
    }
}
