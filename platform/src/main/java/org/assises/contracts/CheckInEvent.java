package org.assises.contracts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The data of {@code assises.registration.participant.checked-in.v1}: a participant passed a check-in
 * list's door (the entry of a day, the gala dinner, a field visit, a shuttle).
 *
 * @param list   the list's code in its edition (e.g. {@code entry-2018-12-12}, {@code gala}, {@code visit-regal})
 * @param kind   ENTRY, GALA_DINNER, FIELD_VISIT, WORKSHOP, SHUTTLE or OTHER
 * @param gate   where the device stood, as it said (may be null)
 * @param forced recorded from a scan uploaded after the fact that the door would have refused
 */
public record CheckInEvent(
        UUID participantId,
        String edition,
        UUID listId,
        String list,
        String kind,
        OffsetDateTime checkedInAt,
        String device,
        String gate,
        boolean forced) {
}
