package org.assises.registration.documents;

import java.util.List;
import java.util.Locale;

import org.assises.contracts.Side;
import org.assises.registration.domain.BadgeMark;

/**
 * What one badge shows: the names in both scripts, organisation, side, marks, and the check-in secret
 * for its QR code (never the participant id).
 *
 * @param event      the edition's name in French and Chinese, printed at the top
 * @param delegation the delegation's name, or null
 */
public record BadgeContent(
        String eventFr,
        String eventZh,
        String familyName,
        String givenName,
        String nameZh,
        String organisation,
        String delegation,
        Side side,
        List<BadgeMark> marks,
        String secret) {

    public String latinName() {
        return givenName + " " + familyName.toUpperCase(Locale.ROOT);
    }
}
