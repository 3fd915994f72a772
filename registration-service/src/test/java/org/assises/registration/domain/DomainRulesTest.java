package org.assises.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.assises.contracts.ParticipantStatus;
import org.assises.contracts.Side;
import org.assises.platform.problem.Problem.Violation;

/** The quota rule, the choice rule and the registration state machine, without a database. */
class DomainRulesTest {

    @Test
    void aSeatIsTakenFromEveryQuotaThatApplies() {
        Quota total = Quota.of("e", null, null, 3);
        Quota french = Quota.of("e", Side.FRENCH, null, 2);
        Quota press = Quota.of("e", null, Category.PRESS, 1);
        Seats seats = new Seats(List.of(total, french, press));

        assertThat(seats.take(Side.FRENCH, Category.PRESS)).isTrue();
        assertThat(total.used).isEqualTo(1);
        assertThat(french.used).isEqualTo(1);
        assertThat(press.used).isEqualTo(1);
    }

    @Test
    void aFullQuotaRefusesTheSeatAndTakesNothingFromTheOthers() {
        Quota total = Quota.of("e", null, null, 3);
        Quota french = Quota.of("e", Side.FRENCH, null, 2);
        Quota press = Quota.of("e", null, Category.PRESS, 1);
        Seats seats = new Seats(List.of(total, french, press));
        seats.take(Side.FRENCH, Category.PRESS);

        assertThat(seats.take(Side.FRENCH, Category.PRESS)).isFalse();
        assertThat(french.used).isEqualTo(1);
        assertThat(total.used).isEqualTo(1);
    }

    @Test
    void aSideQuotaBindsEveryCategoryOfThatSide() {
        Quota french = Quota.of("e", Side.FRENCH, null, 2);
        Seats seats = new Seats(List.of(Quota.of("e", null, null, 3), french, Quota.of("e", null, Category.PRESS, 1)));

        assertThat(seats.take(Side.FRENCH, Category.PRESS)).isTrue();
        assertThat(seats.take(Side.FRENCH, Category.EXPERT)).isTrue();
        assertThat(seats.take(Side.FRENCH, null)).isFalse();
        assertThat(french.used).isEqualTo(2);
    }

    @Test
    void theEditionTotalBindsBeforeASideQuota() {
        Quota total = Quota.of("e", null, null, 3);
        Quota chinese = Quota.of("e", Side.CHINESE, null, 2);
        Seats seats = new Seats(List.of(total, Quota.of("e", Side.FRENCH, null, 2), chinese));
        seats.take(Side.FRENCH, null);
        seats.take(Side.FRENCH, null);

        assertThat(seats.take(Side.CHINESE, null)).isTrue();
        assertThat(seats.take(Side.CHINESE, null)).isFalse();
        assertThat(total.used).isEqualTo(3);
        assertThat(chinese.used).isEqualTo(1);
    }

    @Test
    void aReleasedSeatGoesBackToEveryQuotaThatApplies() {
        Quota total = Quota.of("e", null, null, 3);
        Quota press = Quota.of("e", null, Category.PRESS, 1);
        Seats seats = new Seats(List.of(total, Quota.of("e", Side.FRENCH, null, 2), press));
        seats.take(Side.FRENCH, Category.PRESS);
        seats.take(Side.FRENCH, Category.EXPERT);

        seats.release(Side.FRENCH, Category.PRESS);

        assertThat(press.used).isZero();
        assertThat(total.used).isEqualTo(1);
    }

    @Test
    void aQuotaCannotShrinkBelowTheSeatsTaken() {
        Quota french = Quota.of("e", Side.FRENCH, null, 2);
        Seats seats = new Seats(List.of(french));
        seats.take(Side.FRENCH, null);

        assertThat(french.resize(0)).isFalse();
        assertThat(french.resize(1)).isTrue();
    }

    @Test
    void theChoiceRuleAcceptsThePlenaryOneParallelWorkshopAndOneVisit() {
        Catalogue catalogue = catalogue();
        assertThat(catalogue.check("", List.of("workshop-tourism", "workshop-agriculture"), "visit-airbus", true)).isEmpty();
        assertThat(catalogue.check("", List.of(), null, false)).isEmpty();
    }

    @Test
    void aSelfRegistrationMustChooseAWorkshopAndAVisit() {
        assertThat(fields(catalogue().check("", List.of(), null, true))).containsExactly("workshops", "fieldVisit");
    }

    @Test
    void twoParallelWorkshopsAreRefused() {
        assertThat(fields(catalogue().check("m.", List.of("workshop-agriculture", "workshop-sustainable-city"), "visit-airbus", true)))
                .containsExactly("m.workshops", "m.workshops");
    }

    @Test
    void aVisitIsNotAWorkshopNorAWorkshopAVisit() {
        assertThat(fields(catalogue().check("", List.of("workshop-tourism", "visit-airbus"), "workshop-tourism", true)))
                .containsExactly("workshops[1]", "workshops", "fieldVisit");
    }

    @Test
    void aFullWorkshopIsNamedWithTheAlternativesLeft() {
        Catalogue catalogue = catalogue();
        catalogue.take(List.of("workshop-tourism", "workshop-agriculture", "visit-airbus"));
        CatalogueItem full = catalogue.firstUnavailable(List.of("workshop-tourism", "workshop-agriculture")).orElseThrow();
        assertThat(full.code).isEqualTo("workshop-agriculture");
        assertThat(catalogue.alternatives(full)).containsExactly("workshop-sustainable-city");
    }

    @Test
    void aReleasedWorkshopPlaceIsAvailableAgain() {
        Catalogue catalogue = catalogue();
        catalogue.take(List.of("workshop-agriculture"));
        catalogue.release(List.of("workshop-agriculture"));
        assertThat(catalogue.firstUnavailable(List.of("workshop-agriculture"))).isEmpty();
    }

    private static Catalogue catalogue() {
        return new Catalogue(List.of(item("workshop-tourism", CatalogueKind.PLENARY_WORKSHOP, null),
                item("workshop-agriculture", CatalogueKind.PARALLEL_WORKSHOP, 1),
                item("workshop-sustainable-city", CatalogueKind.PARALLEL_WORKSHOP, 1),
                item("visit-airbus", CatalogueKind.FIELD_VISIT, 5)));
    }

    @Test
    void registrationStatusesMoveOnlyAlongTheirTransitions() {
        assertThat(ParticipantStatus.WAITLISTED.canBecome(ParticipantStatus.CONFIRMED)).isTrue();
        assertThat(ParticipantStatus.CONFIRMED.canBecome(ParticipantStatus.WAITLISTED)).isFalse();
        assertThat(ParticipantStatus.CANCELLED.canBecome(ParticipantStatus.CONFIRMED)).isFalse();
        assertThat(ParticipantStatus.WITHDRAWN.canBecome(ParticipantStatus.CONFIRMED)).isTrue();
        assertThat(ParticipantStatus.WITHDRAWN.isActive()).isFalse();
    }

    private static CatalogueItem item(String code, CatalogueKind kind, Integer capacity) {
        CatalogueItem item = new CatalogueItem();
        item.code = code;
        item.kind = kind;
        item.capacity = capacity;
        return item;
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }
}
