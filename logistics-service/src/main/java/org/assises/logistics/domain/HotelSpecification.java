package org.assises.logistics.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.assises.contracts.LocalizedText;

/**
 * What the hotels of an edition must offer (the Chinese side's request: at most 150 EUR a night with
 * breakfast, a kettle in the room, close to the venue), and the check of one hotel against it, each
 * criterion with a bilingual reason. Criteria left null are not required.
 */
public record HotelSpecification(BigDecimal maxPricePerNight, boolean kettleRequired, Set<String> amenities,
        Integer maxDistanceMetres, Integer maxWalkingMinutes, Integer minStars) {

    /** The facts of a hotel the specification looks at; distance to the nearest venue of the edition. */
    public record Offer(String code, String name, int stars, BigDecimal pricePerNight, boolean breakfastIncluded,
            BigDecimal breakfastPrice, boolean kettle, Set<String> amenities, Double distanceMetres, String venue) {
    }

    /** One criterion, met or not, and why. */
    public record Criterion(String name, boolean met, LocalizedText reason) {
    }

    /** A hotel's verdict: passes when every criterion is met. */
    public record Verdict(Offer offer, boolean passes, List<Criterion> criteria) {
    }

    /** Every hotel with its verdict: those that pass first, then by distance and price. */
    public List<Verdict> shortlist(List<Offer> offers) {
        return offers.stream().map(this::check)
                .sorted(Comparator.comparing((Verdict v) -> !v.passes())
                        .thenComparing(v -> v.offer().distanceMetres() == null ? Double.MAX_VALUE : v.offer().distanceMetres())
                        .thenComparing(v -> v.offer().pricePerNight())
                        .thenComparing(v -> v.offer().code()))
                .toList();
    }

    public Verdict check(Offer o) {
        List<Criterion> criteria = new ArrayList<>();
        if (maxPricePerNight != null) {
            criteria.add(price(o));
        }
        if (kettleRequired) {
            criteria.add(o.kettle()
                    ? new Criterion("kettle", true, text("Bouilloire en chambre", "客房配有电热水壶"))
                    : new Criterion("kettle", false, text("Pas de bouilloire en chambre", "客房没有电热水壶")));
        }
        if (amenities != null && !amenities.isEmpty()) {
            Set<String> missing = new TreeSet<>(amenities.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList());
            missing.removeAll(o.amenities().stream().map(a -> a.toLowerCase(Locale.ROOT)).toList());
            criteria.add(missing.isEmpty()
                    ? new Criterion("amenities", true, text("Équipements demandés présents : " + String.join(", ", amenities),
                            "具备所需设施：" + String.join("、", amenities)))
                    : new Criterion("amenities", false, text("Équipements manquants : " + String.join(", ", missing),
                            "缺少设施：" + String.join("、", missing))));
        }
        if (maxDistanceMetres != null || maxWalkingMinutes != null) {
            criteria.addAll(distance(o));
        }
        if (minStars != null) {
            criteria.add(new Criterion("stars", o.stars() >= minStars,
                    text(o.stars() + " étoiles (minimum " + minStars + ")", o.stars() + "星级（最低" + minStars + "星）")));
        }
        return new Verdict(o, criteria.stream().allMatch(Criterion::met), List.copyOf(criteria));
    }

    /** The night's price with breakfast for one guest: the room, plus breakfast when it is not included. */
    public static BigDecimal priceWithBreakfast(Offer o) {
        if (o.breakfastIncluded()) {
            return o.pricePerNight();
        }
        return o.breakfastPrice() == null ? null : o.pricePerNight().add(o.breakfastPrice());
    }

    private Criterion price(Offer o) {
        BigDecimal total = priceWithBreakfast(o);
        if (total == null) {
            return new Criterion("price", false, text("Pas de petit-déjeuner proposé", "不提供早餐"));
        }
        boolean met = total.compareTo(maxPricePerNight) <= 0;
        String how = o.breakfastIncluded() ? "petit-déjeuner compris" : "dont petit-déjeuner " + eur(o.breakfastPrice());
        String howZh = o.breakfastIncluded() ? "含早餐" : "其中早餐" + eur(o.breakfastPrice());
        return new Criterion("price", met, text(
                eur(total) + " la nuit, " + how + (met ? " (au plus " : " (plus de ") + eur(maxPricePerNight) + ")",
                "每晚" + eur(total) + "，" + howZh + (met ? "（不超过" : "（超过") + eur(maxPricePerNight) + "）"));
    }

    private List<Criterion> distance(Offer o) {
        if (o.distanceMetres() == null) {
            LocalizedText none = text("Aucun lieu de l'édition n'est connu : distance inconnue", "本届会议地点未知：无法计算距离");
            return List.of(new Criterion("distance", false, none));
        }
        List<Criterion> criteria = new ArrayList<>();
        long metres = Math.round(o.distanceMetres());
        if (maxDistanceMetres != null) {
            boolean met = metres <= maxDistanceMetres;
            criteria.add(new Criterion("distance", met, text(
                    km(metres) + " de " + o.venue() + (met ? " (au plus " : " (plus de ") + km(maxDistanceMetres) + ")",
                    "距" + o.venue() + km(metres) + (met ? "（不超过" : "（超过") + km(maxDistanceMetres) + "）")));
        }
        if (maxWalkingMinutes != null) {
            int minutes = Geo.walkingMinutes(o.distanceMetres());
            boolean met = minutes <= maxWalkingMinutes;
            criteria.add(new Criterion("walkingTime", met, text(
                    minutes + " min à pied de " + o.venue() + (met ? " (au plus " : " (plus de ") + maxWalkingMinutes + " min)",
                    "步行至" + o.venue() + minutes + "分钟" + (met ? "（不超过" : "（超过") + maxWalkingMinutes + "分钟）")));
        }
        return criteria;
    }

    private static String eur(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " EUR";
    }

    private static String km(long metres) {
        return String.format(Locale.ROOT, "%.1f km", metres / 1000.0);
    }

    private static LocalizedText text(String fr, String zh) {
        return new LocalizedText(fr, zh, null);
    }
}
