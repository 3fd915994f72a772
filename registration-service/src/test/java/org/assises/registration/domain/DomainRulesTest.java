package org.assises.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.assises.contracts.Side;
import org.assises.platform.problem.Problem.Violation;

/** The quota rule, the choice rule and the registration state machine, without a database. */
class DomainRulesTest {

    @Test
    void aSeatIsTakenFromEveryQuotaThatAppliesOrFromNone() {
        Quota total = Quota.of("e", null, null, 3);
        Quota french = Quota.of("e", Side.FRENCH, null, 2);
        Quota chinese = Quota.of("e", Side.CHINESE, null, 2);
        Quota press = Quota.of("e", null, Category.PRESS, 1);
        Seats seats = new Seats(List.of(total, french, chinese, press));

        assertThat(seats.take(Side.FRENCH, Category.PRESS)).isTrue();
        assertThat(seats.take(Side.FRENCH, Category.PRESS)).isFalse();
        assertThat(french.used).isEqualTo(1);
        assertThat(seats.take(Side.FRENCH, Category.EXPERT)).isTrue();
        assertThat(seats.take(Side.FRENCH, null)).isFalse();
        assertThat(seats.take(Side.CHINESE, null)).isTrue();
        // The edition's total binds before the Chinese side's own quota.
        assertThat(seats.take(Side.CHINESE, null)).isFalse();
        assertThat(total.used).isEqualTo(3);
        assertThat(chinese.used).isEqualTo(1);

        seats.release(Side.FRENCH, Category.PRESS);
        assertThat(press.used).isZero();
        assertThat(total.used).isEqualTo(2);
        assertThat(french.resize(0)).isFalse();
        assertThat(french.resize(1)).isTrue();
    }

    @Test
    void choiceRuleWantsThePlenaryOneParallelWorkshopAndOneVisit() {
        Catalogue catalogue = new Catalogue(List.of(item("workshop-tourism", CatalogueKind.PLENARY_WORKSHOP, null),
                item("workshop-agriculture", CatalogueKind.PARALLEL_WORKSHOP, 1),
                item("workshop-sustainable-city", CatalogueKind.PARALLEL_WORKSHOP, 1),
                item("visit-airbus", CatalogueKind.FIELD_VISIT, 5)));
        assertThat(catalogue.check("", List.of("workshop-tourism", "workshop-agriculture"), "visit-airbus", true)).isEmpty();
        assertThat(catalogue.check("", List.of(), null, false)).isEmpty();
        assertThat(fields(catalogue.check("", List.of(), null, true))).containsExactly("workshops", "fieldVisit");
        assertThat(fields(catalogue.check("m.", List.of("workshop-agriculture", "workshop-sustainable-city"), "visit-airbus", true)))
                .containsExactly("m.workshops", "m.workshops");
        assertThat(fields(catalogue.check("", List.of("workshop-tourism", "visit-airbus"), "workshop-tourism", true)))
                .containsExactly("workshops[1]", "workshops", "fieldVisit");

        catalogue.take(List.of("workshop-tourism", "workshop-agriculture", "visit-airbus"));
        CatalogueItem full = catalogue.firstUnavailable(List.of("workshop-tourism", "workshop-agriculture")).orElseThrow();
        assertThat(full.code).isEqualTo("workshop-agriculture");
        assertThat(catalogue.alternatives(full)).containsExactly("workshop-sustainable-city");
        catalogue.release(List.of("workshop-agriculture"));
        assertThat(catalogue.firstUnavailable(List.of("workshop-agriculture"))).isEmpty();
    }

    @Test
    void registrationStatusesMoveOnlyAlongTheirTransitions() {
        assertThat(RegistrationStatus.WAITLISTED.canBecome(RegistrationStatus.CONFIRMED)).isTrue();
        assertThat(RegistrationStatus.CONFIRMED.canBecome(RegistrationStatus.WAITLISTED)).isFalse();
        assertThat(RegistrationStatus.CANCELLED.canBecome(RegistrationStatus.CONFIRMED)).isFalse();
        assertThat(RegistrationStatus.WITHDRAWN.canBecome(RegistrationStatus.CONFIRMED)).isTrue();
        assertThat(RegistrationStatus.WITHDRAWN.isActive()).isFalse();
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
