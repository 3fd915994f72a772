package org.assises.registration.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Registration's own settings of an edition programme-service announced: its quotas and, optionally,
 * the first items of its catalogue of workshops and field visits.
 */
public record RegistrationSettingsRequest(
        @NotNull @Valid QuotasRequest quotas,
        @Size(max = 100) List<@NotNull @Valid CatalogueItemRequest> catalogue) {
}
