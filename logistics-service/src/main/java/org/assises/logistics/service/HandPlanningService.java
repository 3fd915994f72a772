package org.assises.logistics.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.logistics.domain.Car;
import org.assises.logistics.domain.Departure;
import org.assises.logistics.domain.Edition;
import org.assises.logistics.domain.Escort;
import org.assises.logistics.domain.Hotel;
import org.assises.logistics.domain.LogisticsPlanner;
import org.assises.logistics.domain.Participant;
import org.assises.logistics.domain.ProgrammeSession;
import org.assises.logistics.domain.RoomAssignment;
import org.assises.logistics.domain.Route;
import org.assises.logistics.domain.ShuttlePlanner;
import org.assises.logistics.domain.ShuttleSeat;
import org.assises.logistics.domain.Vehicle;
import org.assises.logistics.domain.VipTransfer;
import org.assises.logistics.domain.VipWelcomePlanner;
import org.assises.logistics.domain.VipWelcomePlanner.Direction;
import org.assises.logistics.repository.CarRepository;
import org.assises.logistics.repository.DepartureRepository;
import org.assises.logistics.repository.EscortRepository;
import org.assises.logistics.repository.HotelRepository;
import org.assises.logistics.repository.ParticipantRepository;
import org.assises.logistics.repository.ProgrammeSessionRepository;
import org.assises.logistics.repository.RoomAssignmentRepository;
import org.assises.logistics.repository.RoomBlockRepository;
import org.assises.logistics.repository.RouteRepository;
import org.assises.logistics.repository.ShuttleSeatRepository;
import org.assises.logistics.repository.VehicleRepository;
import org.assises.logistics.repository.VipTransferRepository;
import org.assises.platform.problem.ProblemException;

import io.quarkus.logging.Log;

/**
 * What organisers decide by hand, each checked against the same rules as planning and kept by it:
 * a participant's room pinned, a VIP transfer's car and escort pinned, a departure made by hand and the
 * seats on it. Each runs under the edition's planning lock and re-plans the rest around it.
 */
@ApplicationScoped
public class HandPlanningService {

    private final PlanningService planning;
    private final ParticipantRepository participants;
    private final HotelRepository hotels;
    private final RoomBlockRepository blocks;
    private final RoomAssignmentRepository rooms;
    private final VipTransferRepository transfers;
    private final CarRepository cars;
    private final EscortRepository escorts;
    private final RouteRepository routes;
    private final VehicleRepository vehicles;
    private final DepartureRepository departures;
    private final ShuttleSeatRepository seats;
    private final ProgrammeSessionRepository sessions;

    public HandPlanningService(PlanningService planning, ParticipantRepository participants, HotelRepository hotels,
            RoomBlockRepository blocks, RoomAssignmentRepository rooms, VipTransferRepository transfers, CarRepository cars,
            EscortRepository escorts, RouteRepository routes, VehicleRepository vehicles, DepartureRepository departures,
            ShuttleSeatRepository seats, ProgrammeSessionRepository sessions) {
        this.planning = planning;
        this.participants = participants;
        this.hotels = hotels;
        this.blocks = blocks;
        this.rooms = rooms;
        this.transfers = transfers;
        this.cars = cars;
        this.escorts = escorts;
        this.routes = routes;
        this.vehicles = vehicles;
        this.departures = departures;
        this.seats = seats;
        this.sessions = sessions;
    }

    /** Pins a participant to a hotel's room type (and room, to share it); 409 when no block can take them. */
    @Transactional
    public RoomAssignment pinRoom(String edition, UUID participantId, String hotelCode, String roomType, String room, String who) {
        Edition e = planning.lock(edition);
        Participant p = participant(edition, participantId);
        if (!p.attends() || !p.hotelNeeded) {
            throw ProblemException.conflict("no-room-needed", "Participant " + participantId + " does not need a room (status "
                    + p.status + ", hotel needed " + p.hotelNeeded + ")");
        }
        Hotel h = hotels.find(edition, hotelCode).orElseThrow(() -> ProblemException.notFound("No hotel " + hotelCode + " in " + edition));
        if (blocks.find(h.id, roomType).isEmpty()) {
            throw ProblemException.notFound("Hotel " + hotelCode + " has no room block of type " + roomType);
        }
        RoomAssignment a = rooms.findByIdOptional(participantId).orElse(null);
        if (a == null) {
            a = new RoomAssignment();
            a.participantId = participantId;
            a.edition = edition;
            a.firstNight = e.startsOn;
            a.lastNight = e.startsOn;
            rooms.persist(a);
        }
        boolean sameRoom = h.id.equals(a.hotelId) && roomType.equals(a.roomType);
        a.hotelId = h.id;
        a.roomType = roomType;
        a.room = room != null ? room : sameRoom ? a.room : "P-" + participantId.toString().substring(0, 8);
        a.pinned = true;
        rooms.flush();
        PlanReport report = planning.replan(e, "room pinned by " + who);
        report.issues().stream().filter(i -> participantId.equals(i.participant()) && "ROOM".equals(i.kind())).findFirst()
                .ifPresent(i -> {
                    throw ProblemException.conflict("room-unavailable", "The pin cannot be kept: " + i.reason());
                });
        Log.infof("Room of participant %s pinned to %s %s by %s", participantId, hotelCode, roomType, who);
        return rooms.findById(participantId);
    }

    /** Lets allocation place the participant again. */
    @Transactional
    public void unpinRoom(String edition, UUID participantId, String who) {
        Edition e = planning.lock(edition);
        participant(edition, participantId);
        RoomAssignment a = rooms.findByIdOptional(participantId).filter(r -> r.pinned)
                .orElseThrow(() -> ProblemException.notFound("Participant " + participantId + " has no pinned room"));
        a.pinned = false;
        planning.replan(e, "room unpinned by " + who);
    }

    /**
     * Gives a VIP transfer a car and an escort by hand; 409 when the car or escort cannot make it (busy
     * with another pinned transfer, drive and margin included; the escort not available or not speaking Chinese).
     */
    @Transactional
    public VipTransfer pinTransfer(String edition, UUID participantId, Direction direction, String carCode, String escortCode,
            String who) {
        Edition e = planning.lock(edition);
        participant(edition, participantId);
        VipTransfer t = transfers.findByIdOptional(new VipTransfer.Key(participantId, direction))
                .orElseThrow(() -> ProblemException.notFound("No " + direction + " transfer planned for participant " + participantId
                        + ": only VIPs who attend and whose travel is known have one (run the plan first)"));
        Car car = carCode == null ? null : cars.find(edition, carCode).orElseThrow(() -> ProblemException.notFound("No car " + carCode));
        Escort escort = escortCode == null ? null
                : escorts.find(edition, escortCode).orElseThrow(() -> ProblemException.notFound("No escort " + escortCode));
        if (escort != null && !escort.speaksChinese()) {
            throw ProblemException.conflict("escort-unsuitable", "Escort " + escortCode + " does not speak Chinese");
        }
        if (car != null && car.seats < 2) {
            throw ProblemException.conflict("car-unsuitable", "Car " + carCode + " has no seat for both the VIP and the escort");
        }
        LogisticsPlanner.Inputs in = planning.load(e);
        LogisticsPlanner planner = new LogisticsPlanner(in);
        Map<VipWelcomePlanner.Key, LogisticsPlanner.PlannedTransfer> planned = new HashMap<>();
        planner.compute().transfers().forEach(x -> planned.put(new VipWelcomePlanner.Key(x.transfer().participant(),
                x.transfer().direction()), x));
        LogisticsPlanner.PlannedTransfer mine = planned.get(new VipWelcomePlanner.Key(participantId, direction));
        if (mine == null) {
            throw ProblemException.conflict("no-transfer", "Participant " + participantId + " has no " + direction + " transfer to cover");
        }
        VipWelcomePlanner rules = new VipWelcomePlanner(planner::drive, Duration.ofMinutes(e.pickupMarginMinutes));
        if (escort != null && escort.availability.stream().noneMatch(w -> !w.from.isAfter(mine.transfer().start())
                && !w.to.isBefore(mine.transfer().end()))) {
            throw ProblemException.conflict("escort-unavailable", "Escort " + escortCode + " is not available from "
                    + mine.transfer().start() + " to " + mine.transfer().end());
        }
        for (VipTransfer other : in.transfers()) {
            if (!other.pinned || (other.participantId.equals(participantId) && other.direction == direction)) {
                continue;
            }
            LogisticsPlanner.PlannedTransfer theirs = planned.get(new VipWelcomePlanner.Key(other.participantId, other.direction));
            boolean sameCar = car != null && car.id.equals(other.carId);
            boolean sameEscort = escort != null && escort.id.equals(other.escortId);
            if (theirs != null && (sameCar || sameEscort) && !rules.apart(theirs.transfer(), mine.transfer())) {
                throw ProblemException.conflict("pickup-impossible", (sameCar ? "Car " + carCode : "Escort " + escortCode)
                        + " is busy with the " + other.direction + " of participant " + other.participantId + " from "
                        + theirs.transfer().start() + " to " + theirs.transfer().end() + ": it cannot be at " + mine.transfer().startPlace()
                        + " at " + mine.transfer().start() + " (drive and a " + e.pickupMarginMinutes + "-minute margin included)");
            }
        }
        t.carId = car == null ? null : car.id;
        t.escortId = escort == null ? null : escort.id;
        t.pinned = true;
        transfers.flush();
        planning.replan(e, "VIP transfer pinned by " + who);
        Log.infof("%s transfer of participant %s pinned to car %s, escort %s by %s", direction, participantId, carCode, escortCode, who);
        return transfers.findById(new VipTransfer.Key(participantId, direction));
    }

    /** A departure made by hand; 409 when its vehicle is on another trip then, or its visit is cancelled. */
    @Transactional
    public Departure createDeparture(String edition, String routeCode, String vehicleCode, OffsetDateTime departsAt,
            ShuttlePlanner.Purpose purpose, String sessionCode, String who) {
        Edition e = planning.lock(edition);
        Route route = routes.find(edition, routeCode).orElseThrow(() -> ProblemException.notFound("No route " + routeCode));
        Vehicle vehicle = vehicles.find(edition, vehicleCode).orElseThrow(() -> ProblemException.notFound("No vehicle " + vehicleCode));
        if (sessionCode != null) {
            ProgrammeSession s = sessions.byCode(edition, sessionCode)
                    .orElseThrow(() -> ProblemException.notFound("No session " + sessionCode + " in " + edition));
            if (s.cancelled()) {
                throw ProblemException.conflict("session-cancelled", "Session " + sessionCode + " is cancelled");
            }
        }
        Duration duration = Duration.ofMinutes(route.durationMinutes);
        Map<UUID, Route> routeById = new HashMap<>();
        routes.ofEdition(edition).forEach(r -> routeById.put(r.id, r));
        ShuttlePlanner rules = new ShuttlePlanner(Duration.ofMinutes(e.pickupMarginMinutes));
        Map<UUID, List<ShuttlePlanner.Trip>> busy = new HashMap<>();
        for (Departure d : departures.ofEdition(edition)) {
            if (vehicle.id.equals(d.vehicleId)) {
                busy.computeIfAbsent(d.vehicleId, k -> new java.util.ArrayList<>()).add(new ShuttlePlanner.Trip(d.slot, d.purpose,
                        d.sessionCode, d.routeId, d.vehicleId, d.departsAt, Duration.ofMinutes(routeById.get(d.routeId).durationMinutes),
                        List.of()));
            }
        }
        if (!rules.free(busy, vehicle.id, departsAt, duration)) {
            throw ProblemException.conflict("vehicle-busy", "Vehicle " + vehicleCode + " is on another trip around " + departsAt);
        }
        Departure d = new Departure();
        d.id = UUID.randomUUID();
        d.edition = edition;
        d.slot = Departure.MANUAL + d.id;
        d.purpose = purpose;
        d.sessionCode = sessionCode;
        d.routeId = route.id;
        d.vehicleId = vehicle.id;
        d.departsAt = departsAt;
        departures.persist(d);
        departures.flush();
        if (e.plannedAt != null) {
            planning.replan(e, "departure made by " + who);
        }
        Log.infof("Departure %s made by %s: route %s, vehicle %s at %s", d.id, who, routeCode, vehicleCode, departsAt);
        return d;
    }

    /** Seats a participant on a departure made by hand; 409 over the vehicle's capacity. */
    @Transactional
    public void addSeat(String edition, UUID departureId, UUID participantId, String who) {
        Edition e = planning.lock(edition);
        Departure d = departures.findByIdOptional(departureId).filter(x -> x.edition.equals(edition))
                .orElseThrow(() -> ProblemException.notFound("No departure " + departureId + " in " + edition));
        Participant p = participant(edition, participantId);
        if (!d.manual()) {
            throw ProblemException.conflict("planned-departure", "Departure " + departureId + " is planned from the registrations: "
                    + "seat people by hand on a departure made by hand");
        }
        if (!p.attends()) {
            throw ProblemException.conflict("not-attending", "Participant " + participantId + " does not attend (status " + p.status + ")");
        }
        if (seats.findByIdOptional(new ShuttleSeat.Key(departureId, participantId)).isPresent()) {
            return;
        }
        Vehicle v = d.vehicleId == null ? null : vehicles.findById(d.vehicleId);
        long taken = seats.countOn(departureId);
        if (v == null || taken >= v.capacity) {
            throw ProblemException.conflict("vehicle-full", "Departure " + departureId + " is full: " + taken + " of "
                    + (v == null ? 0 : v.capacity) + " seats taken");
        }
        ShuttleSeat s = new ShuttleSeat();
        s.departureId = departureId;
        s.participantId = participantId;
        s.pinned = true;
        seats.persist(s);
        seats.flush();
        if (e.plannedAt != null) {
            planning.replan(e, "seat given by " + who);
        }
    }

    private Participant participant(String edition, UUID id) {
        return participants.findByIdOptional(id).filter(p -> p.edition.equals(edition))
                .orElseThrow(() -> ProblemException.notFound("Logistics has no participant " + id + " in " + edition));
    }
}
