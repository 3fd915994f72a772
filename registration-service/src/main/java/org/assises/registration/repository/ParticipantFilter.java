package org.assises.registration.repository;

import org.assises.contracts.ParticipantStatus;
import org.assises.contracts.Side;
import org.assises.registration.domain.Category;

/**
 * What organisers filter participants by; null fields do not filter.
 *
 * @param delegation APCAE's delegation id
 * @param dietary    true: only participants with dietary needs; false: only those without
 * @param text       part of a name (Latin or Chinese), organisation or e-mail
 */
public record ParticipantFilter(String edition, Side side, Category category, ParticipantStatus status,
        String delegation, String workshop, String visit, Boolean vip, Boolean dietary, String text) {
}
