package org.assises.awards.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times shown with the offset of the edition's zone (Europe/Paris), whatever the database returns. */
final class Times {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Times() {
    }

    static OffsetDateTime in(OffsetDateTime at, ZoneId zone) {
        return at == null ? null : at.atZoneSameInstant(zone).toOffsetDateTime();
    }

    static OffsetDateTime paris(OffsetDateTime at) {
        return in(at, PARIS);
    }
}
