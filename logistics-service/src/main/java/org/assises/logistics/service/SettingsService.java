package org.assises.logistics.service;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.logistics.domain.Car;
import org.assises.logistics.domain.Edition;
import org.assises.logistics.domain.Escort;
import org.assises.logistics.domain.Hotel;
import org.assises.logistics.domain.HotelSpecification;
import org.assises.logistics.domain.Place;
import org.assises.logistics.domain.RoomBlock;
import org.assises.logistics.domain.Route;
import org.assises.logistics.domain.Vehicle;
import org.assises.logistics.repository.CarRepository;
import org.assises.logistics.repository.EscortRepository;
import org.assises.logistics.repository.HotelRepository;
import org.assises.logistics.repository.PlaceRepository;
import org.assises.logistics.repository.RoomBlockRepository;
import org.assises.logistics.repository.RouteRepository;
import org.assises.logistics.repository.VehicleRepository;
import org.assises.platform.problem.Problem;
import org.assises.platform.problem.ProblemException;

import io.quarkus.logging.Log;

/**
 * Logistics' own settings of an edition: the hotel specification, places, hotels and their room
 * blocks, escorts and cars, routes and shuttles, each created or replaced by its code. A change re-plans
 * an edition that is being planned, under its planning lock.
 */
@ApplicationScoped
public class SettingsService {

    private final PlanningService planning;
    private final PlaceRepository places;
    private final HotelRepository hotels;
    private final RoomBlockRepository blocks;
    private final EscortRepository escorts;
    private final CarRepository cars;
    private final RouteRepository routes;
    private final VehicleRepository vehicles;

    public SettingsService(PlanningService planning, PlaceRepository places, HotelRepository hotels, RoomBlockRepository blocks,
            EscortRepository escorts, CarRepository cars, RouteRepository routes, VehicleRepository vehicles) {
        this.planning = planning;
        this.places = places;
        this.hotels = hotels;
        this.blocks = blocks;
        this.escorts = escorts;
        this.cars = cars;
        this.routes = routes;
        this.vehicles = vehicles;
    }

    @Transactional
    public Edition specify(String edition, HotelSpecification spec) {
        Edition e = planning.lock(edition);
        e.specMaxPrice = spec.maxPricePerNight();
        e.specKettleRequired = spec.kettleRequired();
        e.specAmenities = new ArrayList<>(spec.amenities() == null ? Set.of() : new LinkedHashSet<>(spec.amenities()));
        e.specMaxDistanceMetres = spec.maxDistanceMetres();
        e.specMaxWalkingMinutes = spec.maxWalkingMinutes();
        e.specMinStars = spec.minStars();
        replanned(e, "hotel specification changed");
        return e;
    }

    @Transactional
    public Edition planningSettings(String edition, int pickupMarginMinutes, int arrivalWindowMinutes, LocalTime morningRunAt) {
        Edition e = planning.lock(edition);
        e.pickupMarginMinutes = pickupMarginMinutes;
        e.arrivalWindowMinutes = arrivalWindowMinutes;
        e.morningRunAt = morningRunAt;
        replanned(e, "planning settings changed");
        return e;
    }

    @Transactional
    public Upserted<Place> place(String edition, String code, Place draft) {
        Edition e = planning.lock(edition);
        Place p = places.find(edition, code).orElse(null);
        boolean created = p == null;
        if (created) {
            if (hotels.find(edition, code).isPresent()) {
                throw ProblemException.conflict("code-taken", "A hotel of " + edition + " already has the code " + code
                        + ": routes name places and hotels by code");
            }
            p = new Place();
            p.id = UUID.randomUUID();
            p.edition = edition;
            p.code = code;
        }
        p.kind = draft.kind;
        p.name = draft.name;
        p.address = draft.address;
        p.latitude = draft.latitude;
        p.longitude = draft.longitude;
        p.venueName = draft.venueName;
        if (created) {
            places.persist(p);
        }
        replanned(e, "place " + code + " changed");
        return new Upserted<>(p, created);
    }

    @Transactional
    public Upserted<Hotel> hotel(String edition, String code, Hotel draft) {
        Edition e = planning.lock(edition);
        Hotel h = hotels.find(edition, code).orElse(null);
        boolean created = h == null;
        if (created) {
            if (places.find(edition, code).isPresent()) {
                throw ProblemException.conflict("code-taken", "A place of " + edition + " already has the code " + code
                        + ": routes name places and hotels by code");
            }
            h = new Hotel();
            h.id = UUID.randomUUID();
            h.edition = edition;
            h.code = code;
        } else {
            for (RoomBlock b : blocks.ofHotels(List.of(h.id))) {
                if (draft.roomType(b.roomType) == null) {
                    throw ProblemException.invalid("roomTypes", "room type " + b.roomType + " has a room block: it cannot be removed");
                }
            }
        }
        h.name = draft.name;
        h.address = draft.address;
        h.latitude = draft.latitude;
        h.longitude = draft.longitude;
        h.stars = draft.stars;
        h.pricePerNight = draft.pricePerNight;
        h.breakfastIncluded = draft.breakfastIncluded;
        h.breakfastPrice = draft.breakfastPrice;
        h.kettle = draft.kettle;
        h.amenities = new ArrayList<>(draft.amenities);
        h.roomTypes.clear();
        h.roomTypes.addAll(draft.roomTypes);
        h.contactName = draft.contactName;
        h.contactPhone = draft.contactPhone;
        h.contactEmail = draft.contactEmail;
        h.description = draft.description;
        if (created) {
            hotels.persist(h);
        }
        replanned(e, "hotel " + code + " changed");
        return new Upserted<>(h, created);
    }

    @Transactional
    public Upserted<RoomBlock> block(String edition, String hotelCode, String roomType, BigDecimal negotiatedPrice,
            java.time.LocalDate releaseOn, java.util.Map<java.time.LocalDate, Integer> nights) {
        Edition e = planning.lock(edition);
        Hotel h = hotels.find(edition, hotelCode).orElseThrow(() -> ProblemException.notFound("No hotel " + hotelCode + " in " + edition));
        if (h.roomType(roomType) == null) {
            throw ProblemException.notFound("Hotel " + hotelCode + " has no room type " + roomType);
        }
        RoomBlock b = blocks.find(h.id, roomType).orElse(null);
        boolean created = b == null;
        if (created) {
            b = new RoomBlock();
            b.id = UUID.randomUUID();
            b.hotelId = h.id;
            b.roomType = roomType;
        }
        b.negotiatedPrice = negotiatedPrice;
        b.releaseOn = releaseOn;
        b.nights.clear();
        b.nights.putAll(nights);
        if (created) {
            blocks.persist(b);
        }
        replanned(e, "room block " + hotelCode + " " + roomType + " changed");
        return new Upserted<>(b, created);
    }

    @Transactional
    public Upserted<Escort> escort(String edition, String code, Escort draft) {
        Edition e = planning.lock(edition);
        List<Problem.Violation> bad = new ArrayList<>();
        for (int i = 0; i < draft.availability.size(); i++) {
            Escort.Availability w = draft.availability.get(i);
            if (!w.to.isAfter(w.from)) {
                bad.add(new Problem.Violation("availability[" + i + "].to", "must be after from"));
            }
        }
        if (!bad.isEmpty()) {
            throw ProblemException.invalid(bad);
        }
        Escort x = escorts.find(edition, code).orElse(null);
        boolean created = x == null;
        if (created) {
            x = new Escort();
            x.id = UUID.randomUUID();
            x.edition = edition;
            x.code = code;
        }
        x.name = draft.name;
        x.nameZh = draft.nameZh;
        x.languages = new ArrayList<>(draft.languages);
        x.phone = draft.phone;
        x.availability.clear();
        x.availability.addAll(draft.availability);
        if (created) {
            escorts.persist(x);
        }
        replanned(e, "escort " + code + " changed");
        return new Upserted<>(x, created);
    }

    @Transactional
    public Upserted<Car> car(String edition, String code, Car draft) {
        Edition e = planning.lock(edition);
        Car c = cars.find(edition, code).orElse(null);
        boolean created = c == null;
        if (created) {
            c = new Car();
            c.id = UUID.randomUUID();
            c.edition = edition;
            c.code = code;
        }
        c.label = draft.label;
        c.seats = draft.seats;
        c.driver = draft.driver;
        c.driverPhone = draft.driverPhone;
        if (created) {
            cars.persist(c);
        }
        replanned(e, "car " + code + " changed");
        return new Upserted<>(c, created);
    }

    @Transactional
    public Upserted<Route> route(String edition, String code, Route draft) {
        Edition e = planning.lock(edition);
        List<Problem.Violation> bad = new ArrayList<>();
        if (!stopExists(edition, draft.fromStop)) {
            bad.add(new Problem.Violation("from", "no place or hotel " + draft.fromStop + " in " + edition));
        }
        if (!stopExists(edition, draft.toStop)) {
            bad.add(new Problem.Violation("to", "no place or hotel " + draft.toStop + " in " + edition));
        }
        if (draft.fromStop.equals(draft.toStop)) {
            bad.add(new Problem.Violation("to", "must differ from from"));
        }
        if (!bad.isEmpty()) {
            throw ProblemException.invalid(bad);
        }
        Route r = routes.find(edition, code).orElse(null);
        boolean created = r == null;
        if (created) {
            r = new Route();
            r.id = UUID.randomUUID();
            r.edition = edition;
            r.code = code;
        }
        r.fromStop = draft.fromStop;
        r.toStop = draft.toStop;
        r.durationMinutes = draft.durationMinutes;
        if (created) {
            routes.persist(r);
        }
        replanned(e, "route " + code + " changed");
        return new Upserted<>(r, created);
    }

    @Transactional
    public Upserted<Vehicle> vehicle(String edition, String code, Vehicle draft) {
        Edition e = planning.lock(edition);
        Vehicle v = vehicles.find(edition, code).orElse(null);
        boolean created = v == null;
        if (created) {
            v = new Vehicle();
            v.id = UUID.randomUUID();
            v.edition = edition;
            v.code = code;
        }
        v.label = draft.label;
        v.capacity = draft.capacity;
        v.driver = draft.driver;
        v.driverPhone = draft.driverPhone;
        if (created) {
            vehicles.persist(v);
        }
        replanned(e, "vehicle " + code + " changed");
        return new Upserted<>(v, created);
    }

    private boolean stopExists(String edition, String code) {
        return places.find(edition, code).isPresent() || hotels.find(edition, code).isPresent();
    }

    private void replanned(Edition e, String cause) {
        Log.infof("Logistics settings of %s: %s", e.code, cause);
        if (e.plannedAt != null) {
            planning.replan(e, cause);
        }
    }
}
