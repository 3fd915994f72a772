package org.assises.logistics.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.contracts.LocalizedText;
import org.assises.logistics.domain.Place;
import org.assises.logistics.domain.PlaceKind;
import org.assises.platform.persistence.Bilingual;

/** A place of an edition (venue, airport, station, fair, dinner, visit site), as sent and as read. */
@Schema(name = "Place")
public record PlaceBody(
        @Schema(readOnly = true, nullable = true, description = "The code, from the path") String code,
        @NotNull PlaceKind kind,
        @NotNull @Valid LocalizedText name,
        @Schema(nullable = true) @Size(max = 300) String address,
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(example = "43.5962") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(example = "1.4329") Double longitude,
        @Schema(nullable = true, description = "The programme's French name of this venue, so that sessions held there are found here")
        @Size(max = 300) String venueName) {

    Place toDraft() {
        Place p = new Place();
        p.kind = kind;
        p.name = Bilingual.of(name);
        p.address = address;
        p.latitude = latitude;
        p.longitude = longitude;
        p.venueName = venueName;
        return p;
    }

    static PlaceBody from(Place p) {
        return new PlaceBody(p.code, p.kind, p.name.text(), p.address, p.latitude, p.longitude, p.venueName);
    }
}
