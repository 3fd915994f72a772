package org.assises.registration.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.assises.registration.domain.Category;

/** One person in a waiting list, in order. */
public record WaitlistEntry(long position, UUID participantId, String familyName, String givenName, String nameZh,
        Category category, String organisation, OffsetDateTime registeredAt) {
}
