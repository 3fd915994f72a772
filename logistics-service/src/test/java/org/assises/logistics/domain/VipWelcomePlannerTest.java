package org.assises.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.assises.logistics.domain.VipWelcomePlanner.Car;
import org.assises.logistics.domain.VipWelcomePlanner.Cover;
import org.assises.logistics.domain.VipWelcomePlanner.Direction;
import org.assises.logistics.domain.VipWelcomePlanner.Escort;
import org.assises.logistics.domain.VipWelcomePlanner.Transfer;
import org.assises.logistics.domain.VipWelcomePlanner.Window;

/** VIP transfers get a car and a Chinese-speaking escort, never two places at once. */
class VipWelcomePlannerTest {

    static final OffsetDateTime T = OffsetDateTime.parse("2018-12-10T14:00:00+01:00");
    /** Thirty minutes between any two places. */
    final VipWelcomePlanner planner = new VipWelcomePlanner((a, b) -> a.equals(b) ? Duration.ZERO : Duration.ofMinutes(30),
            Duration.ofMinutes(20));

    static Transfer arrival(OffsetDateTime at) {
        return new Transfer(UUID.randomUUID(), Direction.ARRIVAL, at, "tls", at.plusMinutes(75), "hotel");
    }

    static Escort escort(boolean zh) {
        return new Escort(UUID.randomUUID(), "Escort", zh, List.of(new Window(T.minusDays(1), T.plusDays(3))));
    }

    @Test
    void eachTransferGetsACarAndAChineseSpeakingEscort() {
        Transfer t = arrival(T);
        Escort french = escort(false);
        Escort chinese = escort(true);
        var r = planner.plan(List.of(t), List.of(new Car(UUID.randomUUID(), "car", 3)), List.of(french, chinese), Map.of());
        assertThat(r.uncovered()).isEmpty();
        assertThat(r.covers()).singleElement().satisfies(c -> {
            assertThat(c.car()).isNotNull();
            assertThat(c.escort()).isEqualTo(chinese.id());
        });
    }

    @Test
    void aCarIsNeverInTwoPlacesAtOnceDriveAndMarginIncluded() {
        Car car = new Car(UUID.randomUUID(), "car", 3);
        Transfer first = arrival(T);
        // First ends at 15:15 at the hotel; back to the airport takes 30 min plus a 20-min margin: 16:05 at the earliest.
        Transfer tooSoon = arrival(T.plusMinutes(120));
        Transfer later = arrival(T.plusMinutes(130));
        var r = planner.plan(List.of(first, tooSoon), List.of(car), List.of(escort(true), escort(true)), Map.of());
        assertThat(r.covers()).filteredOn(c -> car.id().equals(c.car())).hasSize(1);
        assertThat(r.uncovered()).singleElement().satisfies(u -> {
            assertThat(u.participant()).isEqualTo(tooSoon.participant());
            assertThat(u.reason()).contains("no car");
        });
        var ok = planner.plan(List.of(first, later), List.of(car), List.of(escort(true), escort(true)), Map.of());
        assertThat(ok.uncovered()).isEmpty();
        assertThat(planner.apart(first, tooSoon)).isFalse();
        assertThat(planner.apart(first, later)).isTrue();
    }

    @Test
    void anEscortOutsideTheirAvailabilityIsNotUsed() {
        Escort away = new Escort(UUID.randomUUID(), "Away", true, List.of(new Window(T.plusDays(1), T.plusDays(2))));
        var r = planner.plan(List.of(arrival(T)), List.of(new Car(UUID.randomUUID(), "car", 3)), List.of(away), Map.of());
        assertThat(r.uncovered()).singleElement().satisfies(u -> assertThat(u.reason()).contains("escort"));
    }

    @Test
    void earlierChoicesAndPinsAreKept() {
        Car a = new Car(UUID.randomUUID(), "a", 3);
        Car b = new Car(UUID.randomUUID(), "b", 3);
        Escort e1 = escort(true);
        Escort e2 = escort(true);
        Transfer t1 = arrival(T);
        Transfer t2 = arrival(T.plusDays(1));
        Map<VipWelcomePlanner.Key, Cover> previous = Map.of(
                t1.key(), new Cover(t1.participant(), Direction.ARRIVAL, b.id(), e2.id(), false),
                t2.key(), new Cover(t2.participant(), Direction.ARRIVAL, b.id(), e1.id(), true));
        var r = planner.plan(List.of(t1, t2), List.of(a, b), List.of(e1, e2), previous);
        assertThat(r.covers()).containsExactly(new Cover(t1.participant(), Direction.ARRIVAL, b.id(), e2.id(), false),
                new Cover(t2.participant(), Direction.ARRIVAL, b.id(), e1.id(), true));
    }
}
