package org.assises.logistics.api;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;
import org.assises.logistics.domain.Geo;
import org.assises.logistics.domain.HotelSpecification;

/** A hotel checked against the edition's specification: each criterion met or not, and why. */
public record ShortlistEntry(
        String hotel,
        String name,
        boolean passes,
        int stars,
        @Schema(nullable = true, description = "A night with breakfast for one guest, EUR; null when no breakfast is served") BigDecimal priceWithBreakfast,
        @Schema(nullable = true, description = "Straight-line distance to the nearest venue; null when no venue is known") Long distanceMetres,
        @Schema(nullable = true) Integer walkingMinutes,
        @Schema(nullable = true, description = "The nearest venue's French name") String venue,
        List<Criterion> criteria) {

    /** One criterion of the specification. */
    @Schema(name = "ShortlistCriterion")
    public record Criterion(String name, boolean met, LocalizedText reason) {
    }

    static ShortlistEntry from(HotelSpecification.Verdict v) {
        HotelSpecification.Offer o = v.offer();
        return new ShortlistEntry(o.code(), o.name(), v.passes(), o.stars(), HotelSpecification.priceWithBreakfast(o),
                o.distanceMetres() == null ? null : Math.round(o.distanceMetres()),
                o.distanceMetres() == null ? null : Geo.walkingMinutes(o.distanceMetres()), o.venue(),
                v.criteria().stream().map(c -> new Criterion(c.name(), c.met(), c.reason())).toList());
    }
}
