package org.assises.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.assises.contracts.EventTypes;
import org.assises.logistics.Fixtures.Person;
import org.assises.logistics.events.RegistrationEventsConsumer;
import org.assises.logistics.service.PlanReport;
import org.assises.logistics.service.PlanningService;
import org.assises.testsupport.AssisesTestResource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Benchmark, skipped by default ({@code -Dassises.benchmark=true}): (a) allocating 500 participants (300
 * in 25 delegations) over 6 hotels and building every VIP transfer and shuttle manifest, from an empty
 * plan; (b) re-planning after one registration event (an arrival moved), the event applied as the
 * consumer applies it. Prints the figures; asserts the plan, not the time.
 */
@QuarkusTest
@QuarkusTestResource(AssisesTestResource.class)
@EnabledIfSystemProperty(named = "assises.benchmark", matches = "true")
class PlanningBenchmarkTest {

    @Inject
    PlanningService planning;

    @Inject
    RegistrationEventsConsumer consumer;

    @Inject
    EntityManager em;

    @Test
    void fiveHundredParticipantsSixHotelsThenOneEvent() {
        String edition = Fixtures.edition();
        Fixtures.places(edition);
        Fixtures.session(edition, UUID.randomUUID(), "visit-airbus", "FIELD_VISIT", "CONFIRMED", Fixtures.at("2018-12-13T11:00"),
                "Site Airbus de Blagnac");
        Fixtures.route(edition, "hdr-airbus", "hotel-de-region", "airbus-site", 25);
        Fixtures.route(edition, "hdr-gala", "hotel-de-region", "gala", 10);
        for (int h = 0; h < 6; h++) {
            String hotel = "hotel-" + h;
            Fixtures.hotel(edition, hotel, "120.00", true, 43.59 + h * 0.002, 1.44 + h * 0.002);
            Fixtures.block(edition, hotel, "TWIN", 40);
            Fixtures.block(edition, hotel, "SINGLE", 20);
            Fixtures.route(edition, "tls-" + hotel, "tls", hotel, 25);
            Fixtures.route(edition, hotel + "-hdr", hotel, "hotel-de-region", 10);
        }
        for (int v = 0; v < 14; v++) {
            Fixtures.vehicle(edition, "coach-" + v, v < 10 ? 50 : 19);
        }
        for (int c = 0; c < 10; c++) {
            Fixtures.car(edition, "car-" + c);
            Fixtures.escort(edition, "escort-" + c, "2018-12-09T08:00:00+01:00", "2018-12-14T22:00:00+01:00");
        }
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Person p = i < 300 ? Person.chinese(edition, "D" + (i % 25), "Delegue" + i, "代表" + i)
                    : Person.french(edition, "Participant" + i);
            p = p.arriving(Fixtures.at("2018-12-10T" + String.format("%02d:%02d", 8 + i % 12, (i * 7) % 60)));
            if (i % 25 == 0) {
                p = p.asVip();
            }
            if (i % 3 == 0) {
                p = p.visiting("visit-airbus");
            }
            if (i % 2 == 0) {
                p = p.invitedToGala();
            }
            people.add(p);
        }
        // The read model filled as the consumer fills it, without waiting for 500 messages on the broker.
        for (Person p : people) {
            consumer.onMessage(Fixtures.envelope(UUID.randomUUID(), EventTypes.PARTICIPANT_CONFIRMED, p.id().toString(),
                    OffsetDateTime.now(), p.event()));
        }

        long[] full = new long[8];
        PlanReport report = null;
        for (int run = 0; run < full.length; run++) {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("DELETE FROM room_assignment WHERE edition = ?1").setParameter(1, edition).executeUpdate();
                em.createNativeQuery("DELETE FROM vip_transfer WHERE edition = ?1").setParameter(1, edition).executeUpdate();
                em.createNativeQuery("DELETE FROM departure WHERE edition = ?1").setParameter(1, edition).executeUpdate();
            });
            long start = System.nanoTime();
            report = planning.plan(edition, "benchmark");
            full[run] = (System.nanoTime() - start) / 1_000_000;
        }
        assertThat(report.rooms() + report.issues().stream().filter(i -> "ROOM".equals(i.kind())).count()).isEqualTo(500);
        assertThat(report.departures()).isPositive();

        long[] single = new long[40];
        for (int i = 0; i < single.length; i++) {
            Person moved = people.get(i * 11).arriving(Fixtures.at("2018-12-10T" + String.format("%02d:%02d", 9 + i % 10, 5 + i % 50)));
            String message = Fixtures.envelope(UUID.randomUUID(), EventTypes.PARTICIPANT_UPDATED, moved.id().toString(),
                    OffsetDateTime.now(), moved.event());
            long start = System.nanoTime();
            consumer.onMessage(message);
            single[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] warm = Arrays.copyOfRange(full, 2, full.length);
        Arrays.sort(warm);
        System.out.printf("%nBENCHMARK plan 500 participants, 6 hotels, every manifest (ms): warm median %d, min %d; all runs %s; rooms %d, "
                        + "VIP transfers %d, departures %d, seats %d, issues %d%n", warm[warm.length / 2], warm[0], Arrays.toString(full),
                report.rooms(), report.vipTransfers(), report.departures(), report.seats(), report.issues().size());
        long[] sorted = single.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCHMARK re-plan after one event (ms): min %d, median %d, p95 %d, max %d, all %s%n%n", sorted[0],
                sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.95) - 1], sorted[sorted.length - 1], Arrays.toString(single));
    }
}
