package org.assises.registration.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Where an organiser moves a waitlisted participant: the new 1-based position in their side's line. */
public record WaitlistMove(@NotNull @Min(1) Integer position) {
}
