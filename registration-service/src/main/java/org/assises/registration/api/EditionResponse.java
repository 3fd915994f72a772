package org.assises.registration.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;
import org.assises.contracts.Side;
import org.assises.platform.persistence.Bilingual;
import org.assises.registration.domain.Category;
import org.assises.registration.domain.Edition;
import org.assises.registration.domain.Quota;

/**
 * An edition as programme-service announced it, with registration's settings of it: its quotas (size,
 * taken, free; absent until set) and the length of each side's waiting list.
 */
public record EditionResponse(
        String code,
        LocalizedText name,
        LocalDate startsOn,
        LocalDate endsOn,
        String timeZone,
        @Schema(nullable = true) LocalizedText venue,
        @Schema(nullable = true) String venueAddress,
        @Schema(nullable = true, description = "absent until the registration settings are set") QuotaView total,
        @Schema(nullable = true) QuotaView french,
        @Schema(nullable = true) QuotaView chinese,
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
        return new EditionResponse(e.code, Bilingual.text(e.name), e.startsOn, e.endsOn, e.timeZone, Bilingual.text(e.venue),
                e.venueAddress, total, french, chinese, categories, waitlisted);
    }
}
