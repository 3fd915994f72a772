package org.assises.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.assises.logistics.domain.HotelSpecification.Offer;
import org.assises.logistics.domain.HotelSpecification.Verdict;

/** The Chinese side's specification: 150 EUR with breakfast, a kettle, close to the venue; each criterion with its reasons. */
class HotelSpecificationTest {

    final HotelSpecification spec = new HotelSpecification(new BigDecimal("150.00"), true, Set.of("wifi"), 2000, 25, null);

    static Offer offer(String code, String price, boolean breakfastIncluded, String breakfast, boolean kettle, double metres) {
        return new Offer(code, code, 3, new BigDecimal(price), breakfastIncluded, breakfast == null ? null : new BigDecimal(breakfast),
                kettle, Set.of("wifi"), metres, "Hôtel de Région");
    }

    @Test
    void aHotelPassesWhenEveryCriterionIsMet() {
        Verdict v = spec.check(offer("ok", "120.00", false, "15.00", true, 800));
        assertThat(v.passes()).isTrue();
        assertThat(v.criteria()).extracting(HotelSpecification.Criterion::name)
                .containsExactly("price", "kettle", "amenities", "distance", "walkingTime");
        assertThat(v.criteria().get(0).reason().fr()).contains("135.00 EUR").contains("petit-déjeuner 15.00 EUR");
        assertThat(v.criteria().get(0).reason().zh()).contains("135.00 EUR").contains("早餐");
    }

    @Test
    void eachFailedCriterionSaysWhyInBothLanguages() {
        Verdict v = spec.check(new Offer("far", "far", 4, new BigDecimal("140.00"), false, new BigDecimal("18.00"), false,
                Set.of(), 5000.0, "Hôtel de Région"));
        assertThat(v.passes()).isFalse();
        assertThat(v.criteria()).allSatisfy(c -> {
            assertThat(c.met()).isFalse();
            assertThat(c.reason().fr()).isNotBlank();
            assertThat(c.reason().zh()).isNotBlank();
        });
        assertThat(v.criteria().get(0).reason().fr()).contains("158.00 EUR").contains("plus de 150.00 EUR");
        assertThat(v.criteria().get(2).reason().zh()).contains("wifi");
    }

    @Test
    void noBreakfastFailsThePrice() {
        Verdict v = spec.check(offer("nobreakfast", "90.00", false, null, true, 100));
        assertThat(v.criteria().get(0).met()).isFalse();
        assertThat(v.criteria().get(0).reason().fr()).contains("Pas de petit-déjeuner");
    }

    @Test
    void theShortlistPutsThoseThatPassFirstThenTheNearest() {
        List<Verdict> list = spec.shortlist(List.of(offer("fails", "200.00", true, null, true, 100),
                offer("far", "100.00", true, null, true, 1500), offer("near", "149.00", true, null, true, 300)));
        assertThat(list).extracting(v -> v.offer().code()).containsExactly("near", "far", "fails");
    }

    @Test
    void distancesAndWalkingTimesComeFromTheCoordinates() {
        // The Hôtel de Région and the Capitole in Toulouse: about 2.4 km apart.
        double metres = Geo.distanceMetres(43.5962, 1.4329, 43.6045, 1.4440);
        assertThat(metres).isBetween(1100.0, 1400.0);
        assertThat(Geo.walkingMinutes(metres)).isBetween(17, 23);
    }
}
