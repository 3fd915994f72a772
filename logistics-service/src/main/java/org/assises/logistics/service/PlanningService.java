package org.assises.logistics.service;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.contracts.ParticipantAssignments;
import org.assises.logistics.domain.Departure;
import org.assises.logistics.domain.Edition;
import org.assises.logistics.domain.Hotel;
import org.assises.logistics.domain.LogisticsPlanner;
import org.assises.logistics.domain.Participant;
import org.assises.logistics.domain.PlanChange;
import org.assises.logistics.domain.RoomAllocator;
import org.assises.logistics.domain.RoomAssignment;
import org.assises.logistics.domain.ShuttlePlanner;
import org.assises.logistics.domain.ShuttleSeat;
import org.assises.logistics.domain.VipTransfer;
import org.assises.logistics.events.AssignmentEvents;
import org.assises.logistics.repository.CarRepository;
import org.assises.logistics.repository.DepartureRepository;
import org.assises.logistics.repository.EditionRepository;
import org.assises.logistics.repository.EscortRepository;
import org.assises.logistics.repository.HotelRepository;
import org.assises.logistics.repository.ParticipantRepository;
import org.assises.logistics.repository.PlaceRepository;
import org.assises.logistics.repository.PlanChangeRepository;
import org.assises.logistics.repository.ProgrammeSessionRepository;
import org.assises.logistics.repository.RoomAssignmentRepository;
import org.assises.logistics.repository.RoomBlockRepository;
import org.assises.logistics.repository.RouteRepository;
import org.assises.logistics.repository.ShuttleSeatRepository;
import org.assises.logistics.repository.VehicleRepository;
import org.assises.logistics.repository.VipTransferRepository;
import org.assises.platform.editions.KnownEditions;

import io.quarkus.logging.Log;

/**
 * Plans an edition (rooms, VIP transfers, shuttles) and keeps the plan in step with every change: it
 * loads what logistics knows, lets {@link LogisticsPlanner} decide from the previous plan, saves only
 * the differences, lists what moved for whom and why, and publishes each changed participant's
 * assignments. Every run holds the edition's planning lock, so two runs never give a room or seat twice.
 */
@ApplicationScoped
public class PlanningService {

    private final EditionRepository editions;
    private final ParticipantRepository participants;
    private final HotelRepository hotels;
    private final RoomBlockRepository blocks;
    private final PlaceRepository places;
    private final RouteRepository routes;
    private final VehicleRepository vehicles;
    private final CarRepository cars;
    private final EscortRepository escorts;
    private final ProgrammeSessionRepository sessions;
    private final RoomAssignmentRepository rooms;
    private final VipTransferRepository transfers;
    private final DepartureRepository departures;
    private final ShuttleSeatRepository seats;
    private final PlanChangeRepository changes;
    private final AssignmentEvents events;

    public PlanningService(EditionRepository editions, ParticipantRepository participants, HotelRepository hotels,
            RoomBlockRepository blocks, PlaceRepository places, RouteRepository routes, VehicleRepository vehicles, CarRepository cars,
            EscortRepository escorts, ProgrammeSessionRepository sessions, RoomAssignmentRepository rooms,
            VipTransferRepository transfers, DepartureRepository departures, ShuttleSeatRepository seats,
            PlanChangeRepository changes, AssignmentEvents events) {
        this.editions = editions;
        this.participants = participants;
        this.hotels = hotels;
        this.blocks = blocks;
        this.places = places;
        this.routes = routes;
        this.vehicles = vehicles;
        this.cars = cars;
        this.escorts = escorts;
        this.sessions = sessions;
        this.rooms = rooms;
        this.transfers = transfers;
        this.departures = departures;
        this.seats = seats;
        this.changes = changes;
        this.events = events;
    }

    /** Runs planning for the edition; from then on every registration or programme change re-plans it. */
    @Transactional
    public PlanReport plan(String edition, String cause) {
        Edition e = lock(edition);
        if (e.plannedAt == null) {
            e.plannedAt = OffsetDateTime.now();
        }
        return replan(e, cause);
    }

    /**
     * Re-plans after a change, in the caller's transaction, if the edition is being planned; an edition
     * nobody has planned yet only keeps its read models.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replanAfterChange(String edition, String cause) {
        editions.lockForPlanning(edition).filter(e -> e.plannedAt != null).ifPresent(e -> replan(e, cause));
    }

    /** The edition, locked for planning, or a 404 problem. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Edition lock(String edition) {
        return KnownEditions.orNotFound(editions.lockForPlanning(edition), edition);
    }

    /** What logistics knows of the edition, as stored. */
    public LogisticsPlanner.Inputs load(Edition e) {
        List<Hotel> hotelList = hotels.ofEdition(e.code);
        List<Departure> departureList = departures.ofEdition(e.code);
        return new LogisticsPlanner.Inputs(e, participants.allOfEdition(e.code), hotelList,
                blocks.ofHotels(hotelList.stream().map(h -> h.id).toList()), places.ofEdition(e.code), routes.ofEdition(e.code),
                vehicles.ofEdition(e.code), cars.ofEdition(e.code), escorts.ofEdition(e.code), sessions.ofEdition(e.code),
                rooms.ofEdition(e.code), transfers.ofEdition(e.code), departureList,
                seats.ofDepartures(departureList.stream().map(d -> d.id).toList()));
    }

    /** The plan as it would be now, and its issues, without saving anything. */
    public PlanReport preview(Edition e) {
        LogisticsPlanner.Inputs in = load(e);
        LogisticsPlanner.Outcome out = new LogisticsPlanner(in).compute();
        return new PlanReport(e.code, out.rooms().size(), out.transfers().size(), out.trips().size(),
                out.trips().stream().mapToInt(t -> t.riders().size()).sum(), 0, out.issues());
    }

    /** Assignments of several participants as stored. */
    public List<ParticipantAssignments> assignmentsOfAll(Edition e, List<Participant> who) {
        LogisticsPlanner.Inputs in = load(e);
        LogisticsPlanner.Outcome out = new LogisticsPlanner(in).compute();
        Assignments view = new Assignments(in, in.rooms(), in.transfers(), in.departures(), in.seats(), out.issues());
        return who.stream().map(view::of).toList();
    }

    /** Runs the planners from the stored plan and saves the differences; the caller holds the edition's lock. */
    PlanReport replan(Edition e, String cause) {
        long started = System.nanoTime();
        LogisticsPlanner.Inputs in = load(e);
        long loaded = System.nanoTime();
        LogisticsPlanner.Outcome out = new LogisticsPlanner(in).compute();
        long computed = System.nanoTime();
        // Read before saving: saving updates the same entities in place.
        Assignments stored = new Assignments(in, in.rooms(), in.transfers(), in.departures(), in.seats(), List.of());
        Map<UUID, ParticipantAssignments> before = new HashMap<>();
        in.participants().forEach(p -> before.put(p.id, stored.of(p)));

        List<RoomAssignment> newRooms = saveRooms(e, in, out.rooms());
        List<VipTransfer> newTransfers = saveTransfers(e, in, out.transfers());
        Set<UUID> attending = in.participants().stream().filter(Participant::attends).map(p -> p.id).collect(Collectors.toSet());
        List<Departure> newDepartures = new ArrayList<>();
        List<ShuttleSeat> newSeats = new ArrayList<>();
        saveShuttles(e, in, out.trips(), attending, newDepartures, newSeats);

        long saved = System.nanoTime();
        Assignments after = new Assignments(in, newRooms, newTransfers, newDepartures, newSeats, out.issues());
        OffsetDateTime now = OffsetDateTime.now();
        List<ParticipantAssignments> changed = new ArrayList<>();
        List<PlanChange> moved = new ArrayList<>();
        for (Participant p : in.participants()) {
            ParticipantAssignments was = before.get(p.id);
            ParticipantAssignments is = after.of(p);
            // Why someone has no room is told, not compared: the previous plan's reasons are not stored.
            if (!Objects.equals(was.hotel(), is.hotel()) || !was.pickups().equals(is.pickups())
                    || !was.shuttleSeats().equals(is.shuttleSeats())) {
                changed.add(is);
                moved.addAll(changes(e, now, p.id, was, is, cause));
            }
        }
        changes.insert(moved);
        events.changed(changed);
        Log.infof("Planned edition %s (%s): %d rooms, %d VIP transfers, %d departures, %d participants' plans changed, %d issues, "
                + "%d ms (load %d, plan %d, save %d)", e.code, cause, newRooms.size(), newTransfers.size(), out.trips().size(),
                changed.size(), out.issues().size(), (System.nanoTime() - started) / 1_000_000, (loaded - started) / 1_000_000,
                (computed - loaded) / 1_000_000, (saved - computed) / 1_000_000);
        return new PlanReport(e.code, newRooms.size(), newTransfers.size(), out.trips().size(),
                out.trips().stream().mapToInt(t -> t.riders().size()).sum(), changed.size(), out.issues());
    }

    private List<RoomAssignment> saveRooms(Edition e, LogisticsPlanner.Inputs in, List<RoomAllocator.Placement> placements) {
        Map<String, UUID> hotelIds = in.hotels().stream().collect(Collectors.toMap(h -> h.code, h -> h.id));
        Map<UUID, RoomAssignment> existing = in.rooms().stream().collect(Collectors.toMap(r -> r.participantId, Function.identity()));
        List<RoomAssignment> result = new ArrayList<>();
        for (RoomAllocator.Placement p : placements) {
            RoomAssignment r = existing.remove(p.guest());
            boolean created = r == null;
            if (created) {
                r = new RoomAssignment();
                r.participantId = p.guest();
                r.edition = e.code;
            }
            r.hotelId = hotelIds.get(p.hotel());
            r.roomType = p.roomType();
            r.room = p.room();
            r.firstNight = p.firstNight();
            r.lastNight = p.lastNight();
            r.pinned = p.pinned();
            if (created) {
                rooms.persist(r);
            }
            result.add(r);
        }
        existing.values().forEach(rooms::delete);
        return result;
    }

    private List<VipTransfer> saveTransfers(Edition e, LogisticsPlanner.Inputs in, List<LogisticsPlanner.PlannedTransfer> planned) {
        Map<VipTransfer.Key, VipTransfer> existing = in.transfers().stream()
                .collect(Collectors.toMap(t -> new VipTransfer.Key(t.participantId, t.direction), Function.identity()));
        List<VipTransfer> result = new ArrayList<>();
        for (LogisticsPlanner.PlannedTransfer p : planned) {
            VipTransfer t = existing.remove(new VipTransfer.Key(p.transfer().participant(), p.transfer().direction()));
            boolean created = t == null;
            if (created) {
                t = new VipTransfer();
                t.participantId = p.transfer().participant();
                t.direction = p.transfer().direction();
                t.edition = e.code;
            }
            t.carId = p.car();
            t.escortId = p.escort();
            // Same instant, other offset: left alone, so that an unchanged row is not written again.
            if (t.travelAt == null || !t.travelAt.isEqual(p.travelAt())) {
                t.travelAt = p.travelAt();
            }
            t.terminal = p.terminal();
            if (t.pickupAt == null || !t.pickupAt.isEqual(p.pickupAt())) {
                t.pickupAt = p.pickupAt();
            }
            t.pinned = p.pinned();
            if (created) {
                transfers.persist(t);
            }
            result.add(t);
        }
        existing.values().forEach(transfers::delete);
        return result;
    }

    private void saveShuttles(Edition e, LogisticsPlanner.Inputs in, List<ShuttlePlanner.Trip> trips, Set<UUID> attending,
            List<Departure> newDepartures, List<ShuttleSeat> newSeats) {
        Map<UUID, List<ShuttleSeat>> seatsOf = in.seats().stream().collect(Collectors.groupingBy(s -> s.departureId));
        Map<String, Departure> planned = new HashMap<>();
        for (Departure d : in.departures()) {
            if (d.manual()) {
                // Made by hand: kept, but a cancelled or withdrawn participant's seat is freed.
                newDepartures.add(d);
                for (ShuttleSeat s : seatsOf.getOrDefault(d.id, List.of())) {
                    if (attending.contains(s.participantId)) {
                        newSeats.add(s);
                    } else {
                        seats.delete(s);
                    }
                }
            } else {
                planned.put(d.slot, d);
            }
        }
        for (ShuttlePlanner.Trip t : trips) {
            Departure d = planned.remove(t.slot());
            boolean created = d == null;
            if (created) {
                d = new Departure();
                d.id = UUID.randomUUID();
                d.edition = e.code;
                d.slot = t.slot();
            }
            d.purpose = t.purpose();
            d.sessionCode = t.sessionCode();
            d.routeId = t.route();
            d.vehicleId = t.vehicle();
            if (d.departsAt == null || !d.departsAt.isEqual(t.departsAt())) {
                d.departsAt = t.departsAt();
            }
            if (created) {
                departures.persist(d);
            }
            newDepartures.add(d);
            Map<UUID, ShuttleSeat> current = seatsOf.getOrDefault(d.id, List.<ShuttleSeat>of()).stream()
                    .collect(Collectors.toMap(s -> s.participantId, Function.identity()));
            for (UUID rider : t.riders()) {
                ShuttleSeat s = current.remove(rider);
                if (s == null) {
                    s = new ShuttleSeat();
                    s.departureId = d.id;
                    s.participantId = rider;
                    seats.persist(s);
                }
                newSeats.add(s);
            }
            current.values().forEach(seats::delete);
        }
        for (Departure gone : planned.values()) {
            seatsOf.getOrDefault(gone.id, List.of()).forEach(seats::delete);
            departures.delete(gone);
        }
    }

    private static List<PlanChange> changes(Edition e, OffsetDateTime at, UUID participant, ParticipantAssignments was,
            ParticipantAssignments is, String cause) {
        String edition = e.code;
        ZoneId zone = e.zone();
        List<PlanChange> list = new ArrayList<>();
        if (!Objects.equals(was.hotel(), is.hotel())) {
            list.add(change(edition, at, participant, PlanChange.What.ROOM, describe(was.hotel()), describe(is.hotel()), cause));
        }
        if (!was.pickups().equals(is.pickups())) {
            list.add(change(edition, at, participant, PlanChange.What.VIP_TRANSFER, describePickups(was.pickups(), zone),
                    describePickups(is.pickups(), zone), cause));
        }
        if (!was.shuttleSeats().equals(is.shuttleSeats())) {
            list.add(change(edition, at, participant, PlanChange.What.SHUTTLE_SEAT, describeSeats(was.shuttleSeats(), zone),
                    describeSeats(is.shuttleSeats(), zone), cause));
        }
        return list;
    }

    private static PlanChange change(String edition, OffsetDateTime at, UUID participant, PlanChange.What what, String before,
            String after, String cause) {
        PlanChange c = new PlanChange();
        c.edition = edition;
        c.at = at;
        c.participantId = participant;
        c.what = what;
        c.before = before;
        c.after = after;
        c.cause = cut(cause, 300);
        return c;
    }

    private static String describe(ParticipantAssignments.Hotel h) {
        if (h == null) {
            return null;
        }
        return cut(h.hotelCode() + " " + h.roomType() + " " + h.room() + ", nights " + h.nights().get(0) + " to "
                + h.nights().get(h.nights().size() - 1), 500);
    }

    private static String describePickups(List<ParticipantAssignments.Pickup> pickups, ZoneId zone) {
        return pickups.isEmpty() ? null : cut(pickups.stream().map(p -> p.direction() + " " + p.place() + " " + local(p.at(), zone)
                + " pickup " + local(p.pickupAt(), zone) + " car " + p.car() + " escort " + p.escort())
                .collect(Collectors.joining("; ")), 500);
    }

    private static String describeSeats(List<ParticipantAssignments.ShuttleSeat> seats, ZoneId zone) {
        return seats.isEmpty() ? null : cut(seats.stream().map(s -> s.purpose() + " " + s.from() + " -> " + s.to() + " "
                + local(s.departsAt(), zone) + " " + s.vehicle()).collect(Collectors.joining("; ")), 500);
    }

    /** Times in the edition's zone, as the logistics team reads them. */
    private static OffsetDateTime local(OffsetDateTime t, ZoneId zone) {
        return t == null ? null : t.atZoneSameInstant(zone).toOffsetDateTime();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
