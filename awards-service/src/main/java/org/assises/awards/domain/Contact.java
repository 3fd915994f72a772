package org.assises.awards.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person to reach about an application. */
@Schema(name = "Contact")
public record Contact(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) @Schema(nullable = true) String function,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = "^\\+?[0-9 ().-]{6,40}$") @Schema(nullable = true) String phone) {
}
