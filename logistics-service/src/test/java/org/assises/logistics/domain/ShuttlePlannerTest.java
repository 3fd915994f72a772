package org.assises.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.assises.logistics.domain.ShuttlePlanner.Demand;
import org.assises.logistics.domain.ShuttlePlanner.Purpose;
import org.assises.logistics.domain.ShuttlePlanner.Trip;
import org.assises.logistics.domain.ShuttlePlanner.Vehicle;

/** Shuttle capacity is never exceeded: another vehicle, another time, or the overflow listed. */
class ShuttlePlannerTest {

    static final OffsetDateTime T = OffsetDateTime.parse("2018-12-12T08:15:00+01:00");
    final ShuttlePlanner planner = new ShuttlePlanner(Duration.ofMinutes(15));
    final UUID route = UUID.randomUUID();

    static List<UUID> riders(int n) {
        return IntStream.range(0, n).mapToObj(i -> UUID.randomUUID()).toList();
    }

    @Test
    void aGroupLargerThanAVehicleIsSplitOverVehicles() {
        Vehicle coach = new Vehicle(UUID.randomUUID(), 50);
        Vehicle minibus = new Vehicle(UUID.randomUUID(), 16);
        List<UUID> group = riders(60);
        var r = planner.plan(List.of(new Demand("MORNING|h|d", Purpose.MORNING_RUN, null, route, T, Duration.ofMinutes(20), group)),
                List.of(coach, minibus), List.of(), Map.of());
        assertThat(r.overflow()).isEmpty();
        assertThat(r.trips()).hasSize(2);
        assertThat(r.trips()).allSatisfy(t -> assertThat(t.riders().size()).isLessThanOrEqualTo(t.vehicle().equals(coach.id()) ? 50 : 16));
        assertThat(r.trips().stream().mapToInt(t -> t.riders().size()).sum()).isEqualTo(60);
    }

    @Test
    void theSmallestVehicleThatTakesEveryoneIsChosen() {
        Vehicle coach = new Vehicle(UUID.randomUUID(), 50);
        Vehicle minibus = new Vehicle(UUID.randomUUID(), 16);
        var r = planner.plan(List.of(new Demand("VISIT|x", Purpose.FIELD_VISIT, "x", route, T, Duration.ofMinutes(20), riders(12))),
                List.of(coach, minibus), List.of(), Map.of());
        assertThat(r.trips()).singleElement().satisfies(t -> assertThat(t.vehicle()).isEqualTo(minibus.id()));
    }

    @Test
    void whenNoVehicleIsFreeTheDepartureMovesOrTheOverflowIsListed() {
        Vehicle only = new Vehicle(UUID.randomUUID(), 10);
        // A run to an appointment may leave up to an hour earlier: with a 20-minute route the vehicle is back in time.
        var earlier = planner.plan(List.of(
                new Demand("A", Purpose.MORNING_RUN, null, route, T, Duration.ofMinutes(20), riders(10)),
                new Demand("B", Purpose.MORNING_RUN, null, route, T, Duration.ofMinutes(20), riders(10))), List.of(only), List.of(), Map.of());
        assertThat(earlier.overflow()).isEmpty();
        assertThat(earlier.trips()).extracting(Trip::departsAt).containsExactlyInAnyOrder(T, T.minusMinutes(60));

        // With a 40-minute route the vehicle is away 95 minutes: the second group is listed.
        var r = planner.plan(List.of(
                new Demand("A", Purpose.MORNING_RUN, null, route, T, Duration.ofMinutes(40), riders(10)),
                new Demand("B", Purpose.MORNING_RUN, null, route, T, Duration.ofMinutes(40), riders(10))), List.of(only), List.of(), Map.of());
        assertThat(r.trips()).hasSize(1);
        assertThat(r.overflow()).singleElement().satisfies(o -> {
            assertThat(o.riders()).hasSize(10);
            assertThat(o.reason()).contains("no vehicle");
        });

        // Arrivals wait instead: the second group leaves once the vehicle is back (55 min round trip and margin).
        var later = planner.plan(List.of(
                new Demand("X", Purpose.ARRIVAL, null, route, T, Duration.ofMinutes(20), riders(10)),
                new Demand("Y", Purpose.ARRIVAL, null, route, T, Duration.ofMinutes(20), riders(10))), List.of(only), List.of(), Map.of());
        assertThat(later.overflow()).isEmpty();
        assertThat(later.trips()).extracting(Trip::departsAt).containsExactly(T, T.plusMinutes(60));
    }

    @Test
    void aVehicleOnAManualTripIsNotPlannedOverIt() {
        Vehicle only = new Vehicle(UUID.randomUUID(), 10);
        Trip manual = new Trip("MANUAL|1", Purpose.OTHER, null, route, only.id(), T, Duration.ofMinutes(40), List.of());
        var r = planner.plan(List.of(new Demand("G", Purpose.GALA_DINNER, "gala", route, T, Duration.ofMinutes(40), riders(3))),
                List.of(only), List.of(manual), Map.of());
        assertThat(r.trips()).isEmpty();
        assertThat(r.overflow()).hasSize(1);
    }
}
