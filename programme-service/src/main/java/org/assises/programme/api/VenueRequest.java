package org.assises.programme.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.assises.contracts.LocalizedText;

/** A venue to create. */
public record VenueRequest(@NotNull @Valid LocalizedText name, @Size(max = 300) String address) {
}
