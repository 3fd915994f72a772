package org.assises.awards.domain;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.assises.contracts.AwardResults;

/**
 * The order laureates are announced in, within a prize and among the mentions: by the rank the
 * deliberation gave (the unranked last), ex aequo by the French local government's name; never by the
 * time the decisions were taken.
 */
public final class LaureateOrder {

    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);

    private static final Comparator<AwardResults.Laureate> ORDER = Comparator
            .comparing(AwardResults.Laureate::rank, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(l -> l.frenchGovernment().fr(), FRENCH::compare)
            .thenComparing(AwardResults.Laureate::applicationId);

    private LaureateOrder() {
    }

    public static List<AwardResults.Laureate> sorted(List<AwardResults.Laureate> laureates) {
        return laureates.stream().sorted(ORDER).toList();
    }
}
