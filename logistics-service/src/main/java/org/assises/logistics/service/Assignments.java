package org.assises.logistics.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assises.contracts.ParticipantAssignments;
import org.assises.logistics.domain.Car;
import org.assises.logistics.domain.Departure;
import org.assises.logistics.domain.Escort;
import org.assises.logistics.domain.Hotel;
import org.assises.logistics.domain.LogisticsPlanner;
import org.assises.logistics.domain.Participant;
import org.assises.logistics.domain.Place;
import org.assises.logistics.domain.RoomAssignment;
import org.assises.logistics.domain.Route;
import org.assises.logistics.domain.ShuttleSeat;
import org.assises.logistics.domain.Vehicle;
import org.assises.logistics.domain.VipTransfer;

/** Each participant's assignments (room and nights, VIP pickups, shuttle seats) as one record, from a stored plan. */
final class Assignments {

    private final Map<UUID, Hotel> hotels;
    private final Map<UUID, Car> cars;
    private final Map<UUID, Escort> escorts;
    private final Map<UUID, Route> routes;
    private final Map<UUID, Vehicle> vehicles;
    private final Map<String, String> stopNames = new HashMap<>();
    private final Map<UUID, RoomAssignment> rooms;
    private final Map<UUID, List<VipTransfer>> transfers;
    private final Map<UUID, Departure> departures;
    private final Map<UUID, List<ShuttleSeat>> seats;
    private final Map<UUID, String> unplaced;
    private final ZoneId zone;

    Assignments(LogisticsPlanner.Inputs in, List<RoomAssignment> rooms, List<VipTransfer> transfers,
            List<Departure> departures, List<ShuttleSeat> seats,
            List<LogisticsPlanner.Issue> issues) {
        this.zone = in.edition().zone();
        this.hotels = in.hotels().stream().collect(Collectors.toMap(h -> h.id, Function.identity()));
        this.cars = in.cars().stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        this.escorts = in.escorts().stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        this.routes = in.routes().stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        this.vehicles = in.vehicles().stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
        for (Place p : in.places()) {
            stopNames.put(p.code, p.name.fr);
        }
        for (Hotel h : in.hotels()) {
            stopNames.put(h.code, h.name);
        }
        this.rooms = rooms.stream().collect(Collectors.toMap(r -> r.participantId, Function.identity()));
        this.transfers = transfers.stream().collect(Collectors.groupingBy(t -> t.participantId));
        this.departures = departures.stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
        this.seats = seats.stream().collect(Collectors.groupingBy(s -> s.participantId));
        this.unplaced = new HashMap<>();
        issues.stream().filter(i -> "ROOM".equals(i.kind())).forEach(i -> unplaced.put(i.participant(), i.reason()));
    }

    /** Times in the edition's zone: stored times come back in UTC, and a record compares offsets too. */
    private OffsetDateTime local(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(zone).toOffsetDateTime();
    }

    ParticipantAssignments of(Participant p) {
        RoomAssignment r = rooms.get(p.id);
        ParticipantAssignments.Hotel hotel = null;
        if (r != null) {
            Hotel h = hotels.get(r.hotelId);
            List<LocalDate> nights = r.firstNight.datesUntil(r.lastNight.plusDays(1)).toList();
            hotel = new ParticipantAssignments.Hotel(h.code, h.name, h.address, r.roomType, r.room, nights);
        }
        List<ParticipantAssignments.Pickup> pickups = new ArrayList<>();
        for (VipTransfer t : transfers.getOrDefault(p.id, List.of()).stream().sorted(Comparator.comparing(t -> t.direction)).toList()) {
            Car car = t.carId == null ? null : cars.get(t.carId);
            Escort escort = t.escortId == null ? null : escorts.get(t.escortId);
            pickups.add(new ParticipantAssignments.Pickup(t.direction.name(), local(t.travelAt), t.terminal, local(t.pickupAt), car == null ? null : car.label,
                    car == null ? null : car.driver, escort == null ? null : escort.name));
        }
        List<ParticipantAssignments.ShuttleSeat> rides = new ArrayList<>();
        for (ShuttleSeat s : seats.getOrDefault(p.id, List.of())) {
            Departure d = departures.get(s.departureId);
            if (d == null) {
                continue;
            }
            Route route = routes.get(d.routeId);
            Vehicle v = d.vehicleId == null ? null : vehicles.get(d.vehicleId);
            rides.add(new ParticipantAssignments.ShuttleSeat(d.id, d.purpose.name(), stopNames.getOrDefault(route.fromStop, route.fromStop),
                    stopNames.getOrDefault(route.toStop, route.toStop), local(d.departsAt), v == null ? null : v.label));
        }
        rides.sort(Comparator.comparing(ParticipantAssignments.ShuttleSeat::departsAt).thenComparing(s -> s.departureId().toString()));
        return new ParticipantAssignments(p.id, p.edition, p.delegationId, hotel, r == null ? unplaced.get(p.id) : null,
                List.copyOf(pickups), List.copyOf(rides));
    }
}
