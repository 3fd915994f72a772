package org.assises.awards.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.awards.domain.Contact;
import org.assises.contracts.LocalizedText;
import org.assises.contracts.Theme;

/** An application by a cooperation partnership: who, on which theme, what is innovative, and the short film. */
public record ApplicationRequest(
        @NotNull Theme theme,
        @NotNull @Valid LocalGovernment frenchGovernment,
        @NotNull @Valid LocalGovernment chineseGovernment,
        @NotNull @Valid LocalizedText title,
        @NotNull @Valid LocalizedText summary,
        @NotBlank @Size(max = 4000) @Schema(description = "What is innovative in the cooperation") String innovation,
        @NotBlank @Size(max = 4000) @Schema(description = "What it has achieved") String results,
        @NotBlank @Size(max = 500) @Pattern(regexp = FILM_URL, message = "must be an http or https link")
        @Schema(description = "Link to the short film (http or https)") String filmUrl,
        @NotEmpty @Size(max = 5) List<@NotNull @Valid Contact> contacts) {

    /** An http(s) link with a host that has a dot, no spaces. */
    public static final String FILM_URL = "^https?://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][^\\s]*)?$";
}
