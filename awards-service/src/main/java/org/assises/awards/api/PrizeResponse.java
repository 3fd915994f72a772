package org.assises.awards.api;

import java.util.UUID;

import org.assises.awards.domain.Prize;
import org.assises.contracts.Theme;
import org.assises.contracts.LocalizedText;

/** A prize as the call for applications shows it. */
public record PrizeResponse(UUID id, String edition, LocalizedText name, Theme theme, int laureates) {

    public static PrizeResponse from(Prize p) {
        return new PrizeResponse(p.id, p.edition, p.name(), p.theme, p.laureates);
    }
}
