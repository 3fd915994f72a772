package org.assises.registration.api;

import java.util.List;

/** One page of participants, with the total number that match the filters. */
public record ParticipantPage(List<ParticipantResponse> items, int page, int size, long total) {
}
