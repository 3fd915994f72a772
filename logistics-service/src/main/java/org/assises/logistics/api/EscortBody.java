package org.assises.logistics.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.logistics.domain.Escort;

/** Someone who welcomes and guides VIPs. */
@Schema(name = "Escort")
public record EscortBody(
        @Schema(readOnly = true, nullable = true) String code,
        @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true) @Size(max = 100) String nameZh,
        @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE) String> languages,
        @NotNull @Pattern(regexp = Patterns.PHONE, message = Patterns.PHONE_MESSAGE) String phone,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Window> availability) {

    /** When the escort can work. */
    @Schema(name = "AvailabilityWindow")
    public record Window(@NotNull OffsetDateTime from, @NotNull OffsetDateTime to) {
    }

    Escort toDraft() {
        Escort e = new Escort();
        e.name = name;
        e.nameZh = nameZh;
        e.languages = new ArrayList<>(languages);
        e.phone = phone;
        availability.forEach(w -> e.availability.add(new Escort.Availability(w.from(), w.to())));
        return e;
    }

    static EscortBody from(Escort e) {
        return new EscortBody(e.code, e.name, e.nameZh, List.copyOf(e.languages), e.phone,
                e.availability.stream().map(w -> new Window(w.from, w.to)).toList());
    }
}
