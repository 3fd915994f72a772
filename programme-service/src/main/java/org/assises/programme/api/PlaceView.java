package org.assises.programme.api;

import java.util.UUID;

import org.assises.contracts.LocalizedText;

/** A venue or a room as a session refers to it. */
public record PlaceView(UUID id, LocalizedText name, String address, Integer capacity) {
}
