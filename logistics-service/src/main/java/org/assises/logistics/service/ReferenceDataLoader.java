package org.assises.logistics.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.logistics.repository.HotelRepository;
import org.assises.logistics.repository.PlaceRepository;

import io.quarkus.logging.Log;

/**
 * Loads an edition's bundled logistics through the same rules as the API, all or nothing. Once an
 * edition has places or hotels, a second load changes nothing.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    private final SettingsService settings;
    private final PlanningService planning;
    private final PlaceRepository places;
    private final HotelRepository hotels;

    public ReferenceDataLoader(SettingsService settings, PlanningService planning, PlaceRepository places, HotelRepository hotels) {
        this.settings = settings;
        this.planning = planning;
        this.places = places;
        this.hotels = hotels;
    }

    @Transactional
    public ReferenceData.Loaded load(String edition, ReferenceData data) {
        planning.lock(edition);
        if (!places.ofEdition(edition).isEmpty() || !hotels.ofEdition(edition).isEmpty()) {
            return new ReferenceData.Loaded(false, 0, 0, 0, 0, 0, 0, 0);
        }
        settings.specify(edition, data.specification());
        data.places().forEach(p -> settings.place(edition, p.code(), p.value()));
        data.hotels().forEach(h -> settings.hotel(edition, h.code(), h.value()));
        data.blocks().forEach(b -> settings.block(edition, b.hotel(), b.roomType(), b.negotiatedPrice(), b.releaseOn(), b.nights()));
        data.routes().forEach(r -> settings.route(edition, r.code(), r.value()));
        data.vehicles().forEach(v -> settings.vehicle(edition, v.code(), v.value()));
        data.cars().forEach(c -> settings.car(edition, c.code(), c.value()));
        data.escorts().forEach(e -> settings.escort(edition, e.code(), e.value()));
        Log.infof("Reference logistics loaded into %s: %d places, %d hotels, %d blocks, %d routes, %d vehicles, %d cars, %d escorts",
                edition, data.places().size(), data.hotels().size(), data.blocks().size(), data.routes().size(), data.vehicles().size(),
                data.cars().size(), data.escorts().size());
        return new ReferenceData.Loaded(true, data.places().size(), data.hotels().size(), data.blocks().size(), data.routes().size(),
                data.vehicles().size(), data.cars().size(), data.escorts().size());
    }
}
