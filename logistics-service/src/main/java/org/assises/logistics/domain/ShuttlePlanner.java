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
 * Turns groups of riders (arrivals in a time window, a hotel's morning run, a field visit, the gala
 * dinner) into departures with a vehicle each, without a database. A vehicle's capacity is never
 * exceeded: the group is split over other vehicles, or moved to a time when one is free (arrivals
 * later, runs to an appointment earlier); who still has no seat is listed. A vehicle is busy for the
 * round trip plus a margin. Earlier vehicle choices are kept while they still work.
 */
public final class ShuttlePlanner {

    /** What a departure is for. */
    public enum Purpose { ARRIVAL, MORNING_RUN, FIELD_VISIT, GALA_DINNER, OTHER }

    /**
     * Riders who travel together from one stop to another, ideally at {@code departsAt}.
     *
     * @param slot    a stable name of what the group is (e.g. {@code MORNING|hotel-x|2018-12-12}): departures keep their
     *                identity across re-plans through it
     * @param riders  in the order they should be seated (a delegation together)
     */
    public record Demand(String slot, Purpose purpose, String sessionCode, UUID route, OffsetDateTime departsAt,
            Duration duration, List<UUID> riders) {
    }

    public record Vehicle(UUID id, int capacity) {
    }

    /** A departure on a route by one vehicle, with its riders. */
    public record Trip(String slot, Purpose purpose, String sessionCode, UUID route, UUID vehicle, OffsetDateTime departsAt,
            Duration duration, List<UUID> riders) {
    }

    public record Overflow(String slot, List<UUID> riders, String reason) {
    }

    public record Result(List<Trip> trips, List<Overflow> overflow) {
    }

    /** How far a departure may move to find a free vehicle, in steps of {@link #STEP}. */
    static final Duration SHIFT = Duration.ofMinutes(60);
    static final Duration STEP = Duration.ofMinutes(15);

    private final Duration margin;

    public ShuttlePlanner(Duration margin) {
        this.margin = margin;
    }

    /**
     * @param fixed    departures made by hand: their vehicles are busy, the planner does not touch them
     * @param previous the vehicle each slot had on the last run
     */
    public Result plan(List<Demand> demands, List<Vehicle> vehicles, List<Trip> fixed, Map<String, UUID> previous) {
        Map<UUID, List<Trip>> busy = new HashMap<>();
        for (Trip t : fixed) {
            if (t.vehicle() != null) {
                busy.computeIfAbsent(t.vehicle(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Trip> trips = new ArrayList<>();
        List<Overflow> overflow = new ArrayList<>();
        List<Demand> ordered = demands.stream().filter(d -> !d.riders().isEmpty())
                .sorted(Comparator.comparing(Demand::departsAt).thenComparing(Demand::slot)).toList();
        List<Vehicle> bySize = vehicles.stream().sorted(Comparator.comparingInt(Vehicle::capacity).thenComparing(Vehicle::id)).toList();
        for (Demand d : ordered) {
            List<UUID> left = d.riders();
            int part = 1;
            while (!left.isEmpty()) {
                String slot = d.slot() + "#" + part;
                Trip trip = firstFree(d, slot, left, bySize, busy, previous.get(slot));
                if (trip == null) {
                    overflow.add(new Overflow(slot, List.copyOf(left), "no vehicle is free around " + d.departsAt()
                            + " for " + left.size() + " rider(s)"));
                    break;
                }
                busy.computeIfAbsent(trip.vehicle(), k -> new ArrayList<>()).add(trip);
                trips.add(trip);
                left = left.subList(trip.riders().size(), left.size());
                part++;
            }
        }
        return new Result(List.copyOf(trips), List.copyOf(overflow));
    }

    private Trip firstFree(Demand d, String slot, List<UUID> riders, List<Vehicle> bySize, Map<UUID, List<Trip>> busy, UUID before) {
        // Arrivals wait for a vehicle; a run to an appointment leaves earlier instead.
        Duration step = d.purpose() == Purpose.ARRIVAL ? STEP : STEP.negated();
        for (Duration shift = Duration.ZERO; shift.abs().compareTo(SHIFT) <= 0; shift = shift.plus(step)) {
            OffsetDateTime at = d.departsAt().plus(shift);
            Vehicle chosen = null;
            for (Vehicle v : bySize) {
                if (!free(busy, v.id(), at, d.duration())) {
                    continue;
                }
                if (v.id().equals(before)) {
                    chosen = v;
                    break;
                }
                // The smallest vehicle that takes everyone left, else the largest one free.
                if (chosen == null || (chosen.capacity() < riders.size() && v.capacity() > chosen.capacity())) {
                    chosen = v;
                }
            }
            if (chosen != null) {
                int seats = Math.min(chosen.capacity(), riders.size());
                return new Trip(slot, d.purpose(), d.sessionCode(), d.route(), chosen.id(), at, d.duration(),
                        List.copyOf(riders.subList(0, seats)));
            }
        }
        return null;
    }

    /** Whether the vehicle is free for a round trip leaving at {@code at}. */
    public boolean free(Map<UUID, List<Trip>> busy, UUID vehicle, OffsetDateTime at, Duration duration) {
        OffsetDateTime back = at.plus(duration.multipliedBy(2)).plus(margin);
        for (Trip t : busy.getOrDefault(vehicle, List.of())) {
            OffsetDateTime otherBack = t.departsAt().plus(t.duration().multipliedBy(2)).plus(margin);
            if (at.isBefore(otherBack) && t.departsAt().isBefore(back)) {
                return false;
            }
        }
        return true;
    }
}
