package org.assises.programme.api;

import java.util.UUID;

import org.assises.contracts.LocalizedText;
import org.assises.programme.domain.Venue;

/** A venue as the programme shows it. */
public record VenueResponse(UUID id, String edition, LocalizedText name, String address) {

    public static VenueResponse from(Venue v) {
        return new VenueResponse(v.id, v.edition, v.name(), v.address);
    }
}
