package org.assises.registration.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.assises.contracts.Side;
import org.assises.registration.domain.Category;
import org.assises.registration.domain.Edition;
import org.assises.registration.domain.Quota;

/** An edition with its quotas (size, taken, free) and the length of each side's waiting list. */
public record EditionResponse(
        String code,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        String timeZone,
        String venue,
        QuotaView total,
        QuotaView french,
        QuotaView chinese,
        Map<Category, QuotaView> categories,
        Map<Side, Long> waitlisted) {

    public static EditionResponse from(Edition e, List<Quota> quotas, Map<Side, Long> waitlisted) {
        QuotaView total = null;
        QuotaView french = null;
        QuotaView chinese = null;
        Map<Category, QuotaView> categories = new TreeMap<>();
        for (Quota q : quotas) {
            if (q.category != null) {
                categories.put(q.category, QuotaView.from(q));
            } else if (q.side == Side.FRENCH) {
                french = QuotaView.from(q);
            } else if (q.side == Side.CHINESE) {
                chinese = QuotaView.from(q);
            } else {
                total = QuotaView.from(q);
            }
        }
        return new EditionResponse(e.code, e.name, e.startsOn, e.endsOn, e.timeZone, e.venue, total, french, chinese,
                categories, waitlisted);
    }
}
