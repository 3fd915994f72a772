package org.assises.awards.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.awards.domain.Prize;
import org.assises.contracts.LocalizedText;
import org.assises.contracts.Theme;

/** A prize as the call shows it. */
public record PrizeView(UUID id, String edition, String code, LocalizedText name,
        @Schema(nullable = true, description = "null for a special prize") Theme theme, LocalizedText award, int laureates) {

    public static PrizeView from(Prize p) {
        return new PrizeView(p.id, p.edition, p.code, p.name.text(), p.theme, p.award.text(), p.laureates);
    }
}
