package org.assises.contracts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Text a participant reads, in French and Chinese (English optional): data, not an afterthought. */
@Schema(name = "LocalizedText", description = "Bilingual text: French and Chinese required, English optional")
public record LocalizedText(
        @NotBlank @Size(max = 2000) @Schema(example = "Atelier plénier : tourisme") String fr,
        @NotBlank @Size(max = 2000) @Schema(example = "全体研讨会：旅游") String zh,
        @Size(max = 2000) String en) {
}
