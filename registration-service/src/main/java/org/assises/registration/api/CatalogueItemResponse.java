package org.assises.registration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;
import org.assises.registration.domain.CatalogueItem;
import org.assises.registration.domain.CatalogueKind;

/** A workshop or field visit with the places left; no capacity means not limited. */
public record CatalogueItemResponse(
        String code,
        CatalogueKind kind,
        LocalizedText title,
        Integer capacity,
        @Schema(description = "Places held by confirmed participants") int taken,
        @Schema(description = "Places left; absent when not limited") Integer left,
        @Schema(description = "False once the session is cancelled") boolean open) {

    public static CatalogueItemResponse from(CatalogueItem i) {
        return new CatalogueItemResponse(i.code, i.kind, i.title.text(), i.capacity, i.taken,
                i.left(), i.open);
    }
}
