package org.assises.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.assises.contracts.ParticipantEvent;
import org.assises.contracts.ParticipantStatus;
import org.assises.contracts.Side;

/** When a snapshot finds the read model already right: the comparison that spares a write and a re-plan. */
class ParticipantReadModelTest {

    private static final OffsetDateTime ARRIVAL = OffsetDateTime.parse("2018-12-10T14:35:00+01:00");

    @Test
    void aRowHoldsTheStateItWasBuiltFrom() {
        Participant row = built(event("陈", ARRIVAL, ParticipantStatus.CONFIRMED));
        assertThat(row.holds(event("陈", ARRIVAL, ParticipantStatus.CONFIRMED))).isTrue();
        // The database gives the instant back in UTC: the same arrival all the same.
        row.arrivalAt = ARRIVAL.withOffsetSameInstant(ZoneOffset.UTC);
        assertThat(row.holds(event("陈", ARRIVAL, ParticipantStatus.CONFIRMED))).isTrue();
    }

    @Test
    void anyDifferenceIsAStateToTake() {
        Participant row = built(event("陈", ARRIVAL, ParticipantStatus.CONFIRMED));
        assertThat(row.holds(event("程", ARRIVAL, ParticipantStatus.CONFIRMED))).isFalse();
        assertThat(row.holds(event("陈", ARRIVAL.plusHours(1), ParticipantStatus.CONFIRMED))).isFalse();
        assertThat(row.holds(event("陈", null, ParticipantStatus.CONFIRMED))).isFalse();
        assertThat(row.holds(event("陈", ARRIVAL, ParticipantStatus.CANCELLED))).isFalse();
        assertThat(new Participant().holds(event("陈", ARRIVAL, ParticipantStatus.CONFIRMED))).as("a row not read yet").isFalse();
    }

    private static Participant built(ParticipantEvent e) {
        Participant row = new Participant();
        row.id = e.participantId();
        row.apply(e, UUID.randomUUID(), "assises.registration.participant.confirmed.v1", OffsetDateTime.now());
        return row;
    }

    private static ParticipantEvent event(String nameZh, OffsetDateTime arrival, ParticipantStatus status) {
        return new ParticipantEvent(new UUID(1, 2), "assises-2018", Side.CHINESE, status, "OFFICIAL", "Chen", "Jia", nameZh,
                "Ville fictive de Jinshan", "Adjointe", "D-TEST", false, List.of("zh"), true,
                arrival == null ? null : new ParticipantEvent.Travel(arrival, "CA933", "TLS"), null, true, null, List.of(), "visit-regal",
                true, "apcae-account");
    }
}
