package org.assises.programme.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.assises.contracts.LocalizedText;

/** The pair of local governments chairing a workshop: one French, one Chinese. */
public record CoChairs(@NotNull @Valid LocalizedText french, @NotNull @Valid LocalizedText chinese) {
}
