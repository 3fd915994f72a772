package org.assises.awards.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.Side;

/** A jury member: who they are in the tokens, their side, their organisation and its partnerships. */
public record JurorRequest(
        @NotNull @Pattern(regexp = "^[A-Za-z0-9._@-]{2,200}$") @Schema(description = "The subject of the juror's token") String subject,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 300) @Schema(nullable = true, description = "Name in Chinese characters") String nameZh,
        @NotNull Side side,
        @NotBlank @Size(max = 300) String organisation,
        @Size(max = 200) @Schema(nullable = true, description = "The organisation's French région or Chinese province") String region,
        @Size(max = 50) @Schema(nullable = true, description = "Local governments the organisation is in partnership with")
        List<@NotBlank @Size(max = 300) String> partnerships) {
}
