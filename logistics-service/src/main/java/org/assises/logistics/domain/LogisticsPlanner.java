package org.assises.logistics.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assises.logistics.domain.ShuttlePlanner.Purpose;
import org.assises.logistics.domain.VipWelcomePlanner.Direction;

/**
 * The whole plan of an edition from what logistics knows, without a database: who needs a room and
 * for which nights, which VIP transfers there are and from where to where, which groups ride together.
 * It feeds the three deciders ({@link RoomAllocator}, {@link VipWelcomePlanner}, {@link ShuttlePlanner})
 * with the previous plan so that they change only what must change.
 */
public final class LogisticsPlanner {

    /** Time from landing to the car or bus: luggage and welcome. */
    static final Duration LANDING_TO_EXIT = Duration.ofMinutes(45);
    /** Check-in lead at an airport before a flight, at a station before a train. */
    static final Duration AIRPORT_LEAD = Duration.ofMinutes(120);
    static final Duration STATION_LEAD = Duration.ofMinutes(30);

    /** Everything the plan is made of, as stored. */
    public record Inputs(Edition edition, List<Participant> participants, List<Hotel> hotels, List<RoomBlock> blocks,
            List<Place> places, List<Route> routes, List<Vehicle> vehicles, List<Car> cars, List<Escort> escorts,
            List<ProgrammeSession> sessions, List<RoomAssignment> rooms, List<VipTransfer> transfers,
            List<Departure> departures, List<ShuttleSeat> seats) {
    }

    /** A VIP transfer with its times and places, and its car and escort when covered. */
    public record PlannedTransfer(VipWelcomePlanner.Transfer transfer, OffsetDateTime travelAt, String terminal,
            OffsetDateTime pickupAt, UUID car, UUID escort, boolean pinned) {
    }

    /** Something the plan could not do, for whom (null when it concerns a group) and why. */
    public record Issue(String kind, UUID participant, String slot, String reason) {
    }

    /** The new plan: rooms, VIP transfers, planned shuttle trips, and what could not be done. */
    public record Outcome(List<RoomAllocator.Placement> rooms, List<PlannedTransfer> transfers, List<ShuttlePlanner.Trip> trips,
            List<Issue> issues) {
    }

    private final Inputs in;
    private final ZoneId zone;
    private final Map<UUID, Hotel> hotelById;
    private final Map<String, Hotel> hotelByCode;
    private final Map<String, Place> placeByCode;
    private final Place mainVenue;
    private final List<Issue> issues = new ArrayList<>();

    public LogisticsPlanner(Inputs in) {
        this.in = in;
        this.zone = in.edition().zone();
        this.hotelById = in.hotels().stream().collect(Collectors.toMap(h -> h.id, Function.identity()));
        this.hotelByCode = in.hotels().stream().collect(Collectors.toMap(h -> h.code, Function.identity()));
        this.placeByCode = in.places().stream().collect(Collectors.toMap(p -> p.code.toLowerCase(Locale.ROOT), Function.identity()));
        this.mainVenue = in.places().stream().filter(p -> p.kind == PlaceKind.VENUE).min(Comparator.comparing(p -> p.code)).orElse(null);
    }

    public Outcome compute() {
        List<RoomAllocator.Placement> rooms = rooms();
        Map<UUID, String> hotelOf = new HashMap<>();
        rooms.forEach(p -> hotelOf.put(p.guest(), p.hotel()));
        List<PlannedTransfer> transfers = vipTransfers(hotelOf);
        List<ShuttlePlanner.Trip> trips = shuttles(hotelOf, rooms);
        return new Outcome(rooms, transfers, trips, List.copyOf(issues));
    }

    /** The shortlist of the edition: every hotel checked against the specification, the ones that pass first. */
    public List<HotelSpecification.Verdict> shortlist() {
        List<Place> venues = in.places().stream().filter(p -> p.kind == PlaceKind.VENUE).toList();
        List<HotelSpecification.Offer> offers = in.hotels().stream().map(h -> {
            Place nearest = null;
            double best = Double.MAX_VALUE;
            for (Place v : venues) {
                double d = Geo.distanceMetres(h.latitude, h.longitude, v.latitude, v.longitude);
                if (d < best) {
                    best = d;
                    nearest = v;
                }
            }
            return new HotelSpecification.Offer(h.code, h.name, h.stars, h.pricePerNight, h.breakfastIncluded, h.breakfastPrice,
                    h.kettle, new LinkedHashSet<>(h.amenities), nearest == null ? null : best, nearest == null ? null : nearest.name.fr);
        }).toList();
        return in.edition().specification().shortlist(offers);
    }

    private List<RoomAllocator.Placement> rooms() {
        List<RoomAllocator.Guest> guests = in.participants().stream().filter(p -> p.attends() && p.hotelNeeded)
                .map(p -> new RoomAllocator.Guest(p.id, p.delegationId, p.needsSingleRoom(),
                        p.arrivalAt == null ? null : p.arrivalAt.atZoneSameInstant(zone).toLocalDate(),
                        p.departureAt == null ? null : p.departureAt.atZoneSameInstant(zone).toLocalDate().minusDays(1)))
                .toList();
        List<RoomAllocator.Block> blocks = new ArrayList<>();
        for (RoomBlock b : in.blocks()) {
            Hotel h = hotelById.get(b.hotelId);
            Hotel.RoomType type = h == null ? null : h.roomType(b.roomType);
            if (type != null) {
                blocks.add(new RoomAllocator.Block(h.code, b.roomType, type.capacity, b.nights));
            }
        }
        Map<UUID, RoomAllocator.Placement> previous = new HashMap<>();
        for (RoomAssignment a : in.rooms()) {
            Hotel h = hotelById.get(a.hotelId);
            if (h != null) {
                previous.put(a.participantId, new RoomAllocator.Placement(a.participantId, h.code, a.roomType, a.room, a.firstNight,
                        a.lastNight, a.pinned));
            }
        }
        List<String> preference = shortlist().stream().map(v -> v.offer().code()).toList();
        RoomAllocator.Result result = RoomAllocator.allocate(guests, preference, blocks, previous);
        result.unplaced().forEach(u -> issues.add(new Issue("ROOM", u.guest(), null, u.reason() + ": " + u.detail())));
        return result.placements();
    }

    private List<PlannedTransfer> vipTransfers(Map<UUID, String> hotelOf) {
        Map<VipWelcomePlanner.Key, PlannedTransfer> planned = new LinkedHashMap<>();
        List<VipWelcomePlanner.Transfer> transfers = new ArrayList<>();
        for (Participant p : in.participants()) {
            if (!p.attends() || !p.vip) {
                continue;
            }
            addTransfer(p, Direction.ARRIVAL, p.arrivalAt, p.arrivalPlace, hotelOf, transfers, planned);
            addTransfer(p, Direction.DEPARTURE, p.departureAt, p.departurePlace, hotelOf, transfers, planned);
        }
        Map<VipWelcomePlanner.Key, VipWelcomePlanner.Cover> previous = new HashMap<>();
        for (VipTransfer t : in.transfers()) {
            previous.put(new VipWelcomePlanner.Key(t.participantId, t.direction),
                    new VipWelcomePlanner.Cover(t.participantId, t.direction, t.carId, t.escortId, t.pinned));
        }
        VipWelcomePlanner planner = new VipWelcomePlanner(this::drive, Duration.ofMinutes(in.edition().pickupMarginMinutes));
        VipWelcomePlanner.Result result = planner.plan(transfers,
                in.cars().stream().map(c -> new VipWelcomePlanner.Car(c.id, c.label, c.seats)).toList(),
                in.escorts().stream().map(e -> new VipWelcomePlanner.Escort(e.id, e.name, e.speaksChinese(),
                        e.availability.stream().map(w -> new VipWelcomePlanner.Window(w.from, w.to)).toList())).toList(),
                previous);
        result.uncovered().forEach(u -> issues.add(new Issue("VIP_TRANSFER", u.participant(), u.direction().name(), u.reason())));
        List<PlannedTransfer> out = new ArrayList<>();
        for (VipWelcomePlanner.Cover c : result.covers()) {
            PlannedTransfer p = planned.get(new VipWelcomePlanner.Key(c.participant(), c.direction()));
            out.add(new PlannedTransfer(p.transfer(), p.travelAt(), p.terminal(), p.pickupAt(), c.car(), c.escort(), c.pinned()));
        }
        return out;
    }

    private void addTransfer(Participant p, Direction direction, OffsetDateTime at, String placeCode, Map<UUID, String> hotelOf,
            List<VipWelcomePlanner.Transfer> transfers, Map<VipWelcomePlanner.Key, PlannedTransfer> planned) {
        if (at == null) {
            return;
        }
        Place terminal = terminal(placeCode);
        String stay = hotelOf.getOrDefault(p.id, mainVenue == null ? null : mainVenue.code);
        if (terminal == null || stay == null) {
            issues.add(new Issue("VIP_TRANSFER", p.id, direction.name(), terminal == null
                    ? "no airport or station is known for '" + placeCode + "'" : "neither a hotel nor a venue to drive to"));
            return;
        }
        VipWelcomePlanner.Transfer t;
        OffsetDateTime pickupAt;
        if (direction == Direction.ARRIVAL) {
            t = new VipWelcomePlanner.Transfer(p.id, direction, at, terminal.code,
                    at.plus(LANDING_TO_EXIT).plus(drive(terminal.code, stay)), stay);
            pickupAt = at;
        } else {
            OffsetDateTime end = at.minus(terminal.kind == PlaceKind.STATION ? STATION_LEAD : AIRPORT_LEAD);
            OffsetDateTime start = end.minus(drive(stay, terminal.code));
            t = new VipWelcomePlanner.Transfer(p.id, direction, start, stay, end, terminal.code);
            pickupAt = start;
        }
        transfers.add(t);
        planned.put(new VipWelcomePlanner.Key(p.id, direction), new PlannedTransfer(t, at, terminal.code, pickupAt, null, null, false));
    }

    /** The airport or station named by a travel's place (its code), else the edition's only airport. */
    private Place terminal(String placeCode) {
        if (placeCode != null) {
            Place p = placeByCode.get(placeCode.toLowerCase(Locale.ROOT));
            return p != null && p.kind.isTerminal() ? p : null;
        }
        List<Place> airports = in.places().stream().filter(p -> p.kind == PlaceKind.AIRPORT).toList();
        return airports.size() == 1 ? airports.get(0) : null;
    }

    /** Driving time between two stops: a route's time when there is one, else from the coordinates. */
    public Duration drive(String from, String to) {
        if (from.equals(to)) {
            return Duration.ZERO;
        }
        Optional<Route> route = route(from, to).or(() -> route(to, from));
        if (route.isPresent()) {
            return Duration.ofMinutes(route.get().durationMinutes);
        }
        double[] a = coordinates(from);
        double[] b = coordinates(to);
        return a == null || b == null ? Duration.ofMinutes(45) : Geo.driving(Geo.distanceMetres(a[0], a[1], b[0], b[1]));
    }

    private Optional<Route> route(String from, String to) {
        return in.routes().stream().filter(r -> r.fromStop.equalsIgnoreCase(from) && r.toStop.equalsIgnoreCase(to))
                .min(Comparator.comparing(r -> r.code));
    }

    private double[] coordinates(String stop) {
        Hotel h = hotelByCode.get(stop);
        if (h != null) {
            return new double[] {h.latitude, h.longitude};
        }
        Place p = placeByCode.get(stop.toLowerCase(Locale.ROOT));
        return p == null ? null : new double[] {p.latitude, p.longitude};
    }

    private List<ShuttlePlanner.Trip> shuttles(Map<UUID, String> hotelOf, List<RoomAllocator.Placement> rooms) {
        Map<UUID, Departure> manual = in.departures().stream().filter(Departure::manual)
                .collect(Collectors.toMap(d -> d.id, Function.identity()));
        // Riders seated by hand on a departure are not planned again for the same purpose, day and session.
        Set<String> seatedByHand = new HashSet<>();
        for (ShuttleSeat s : in.seats()) {
            Departure d = manual.get(s.departureId);
            if (d != null) {
                seatedByHand.add(handKey(s.participantId, d.purpose, d.departsAt, d.sessionCode));
            }
        }
        List<Participant> riders = in.participants().stream().filter(Participant::attends)
                .sorted(Comparator.comparing((Participant p) -> p.delegationId == null ? "\uffff" : p.delegationId)
                        .thenComparing(p -> p.familyName).thenComparing(p -> p.id))
                .toList();
        List<ShuttlePlanner.Demand> demands = new ArrayList<>();
        arrivals(riders, hotelOf, demands);
        morningRuns(riders, rooms, demands);
        sessions(riders, demands);
        demands.replaceAll(d -> new ShuttlePlanner.Demand(d.slot(), d.purpose(), d.sessionCode(), d.route(), d.departsAt(), d.duration(),
                d.riders().stream().filter(r -> !seatedByHand.contains(handKey(r, d.purpose(), d.departsAt(), d.sessionCode()))).toList()));

        Map<UUID, Route> routeById = in.routes().stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<ShuttlePlanner.Trip> fixed = manual.values().stream().filter(d -> routeById.containsKey(d.routeId))
                .map(d -> new ShuttlePlanner.Trip(d.slot, d.purpose, d.sessionCode, d.routeId, d.vehicleId, d.departsAt,
                        Duration.ofMinutes(routeById.get(d.routeId).durationMinutes), List.of()))
                .toList();
        Map<String, UUID> previous = new HashMap<>();
        in.departures().stream().filter(d -> !d.manual() && d.vehicleId != null).forEach(d -> previous.put(d.slot, d.vehicleId));
        ShuttlePlanner.Result result = new ShuttlePlanner(Duration.ofMinutes(in.edition().pickupMarginMinutes)).plan(demands,
                in.vehicles().stream().map(v -> new ShuttlePlanner.Vehicle(v.id, v.capacity)).toList(), fixed, previous);
        result.overflow().forEach(o -> o.riders().forEach(r -> issues.add(new Issue("SHUTTLE_SEAT", r, o.slot(), o.reason()))));
        return result.trips();
    }

    private String handKey(UUID rider, Purpose purpose, OffsetDateTime at, String session) {
        return rider + "|" + purpose + "|" + at.atZoneSameInstant(zone).toLocalDate() + "|" + Objects.toString(session, "");
    }

    /** Non-VIP arrivals at a terminal, in clock-aligned windows, to their hotel (or the venue). */
    private void arrivals(List<Participant> riders, Map<UUID, String> hotelOf, List<ShuttlePlanner.Demand> demands) {
        long window = in.edition().arrivalWindowMinutes;
        Map<String, List<Participant>> groups = new LinkedHashMap<>();
        Map<String, Route> routes = new HashMap<>();
        Map<String, OffsetDateTime> latest = new HashMap<>();
        for (Participant p : riders) {
            if (p.vip || p.arrivalAt == null) {
                continue;
            }
            Place terminal = terminal(p.arrivalPlace);
            if (terminal == null) {
                continue;
            }
            String to = hotelOf.getOrDefault(p.id, mainVenue == null ? null : mainVenue.code);
            Optional<Route> route = to == null ? Optional.empty() : route(terminal.code, to);
            if (route.isEmpty()) {
                issues.add(new Issue("SHUTTLE_SEAT", p.id, "ARRIVAL", "no route from " + terminal.code + " to " + to));
                continue;
            }
            ZonedDateTime local = p.arrivalAt.atZoneSameInstant(zone);
            long minuteOfDay = local.getHour() * 60L + local.getMinute();
            ZonedDateTime windowStart = local.toLocalDate().atStartOfDay(zone).plusMinutes(minuteOfDay / window * window);
            String slot = "ARRIVAL|" + terminal.code + "|" + to + "|" + windowStart.toOffsetDateTime();
            groups.computeIfAbsent(slot, k -> new ArrayList<>()).add(p);
            routes.put(slot, route.get());
            latest.merge(slot, p.arrivalAt, (a, b) -> a.isAfter(b) ? a : b);
        }
        groups.forEach((slot, group) -> demands.add(new ShuttlePlanner.Demand(slot, Purpose.ARRIVAL, null, routes.get(slot).id,
                latest.get(slot).plus(LANDING_TO_EXIT), Duration.ofMinutes(routes.get(slot).durationMinutes),
                group.stream().map(p -> p.id).toList())));
    }

    /** Each conference morning, from each hotel to the venue: who slept there the night before. */
    private void morningRuns(List<Participant> riders, List<RoomAllocator.Placement> rooms, List<ShuttlePlanner.Demand> demands) {
        if (mainVenue == null) {
            return;
        }
        Map<UUID, RoomAllocator.Placement> roomOf = rooms.stream().collect(Collectors.toMap(RoomAllocator.Placement::guest, Function.identity()));
        LocalTime at = in.edition().morningRunAt;
        for (LocalDate day = in.edition().startsOn; !day.isAfter(in.edition().endsOn); day = day.plusDays(1)) {
            LocalDate night = day.minusDays(1);
            for (Hotel h : in.hotels()) {
                List<UUID> group = riders.stream().filter(p -> {
                    RoomAllocator.Placement r = roomOf.get(p.id);
                    return r != null && r.hotel().equals(h.code) && !night.isBefore(r.firstNight()) && !night.isAfter(r.lastNight());
                }).map(p -> p.id).toList();
                if (group.isEmpty()) {
                    continue;
                }
                String slot = "MORNING|" + h.code + "|" + day;
                Optional<Route> route = route(h.code, mainVenue.code);
                if (route.isEmpty()) {
                    group.forEach(r -> issues.add(new Issue("SHUTTLE_SEAT", r, slot, "no route from " + h.code + " to " + mainVenue.code)));
                    continue;
                }
                demands.add(new ShuttlePlanner.Demand(slot, Purpose.MORNING_RUN, null, route.get().id,
                        day.atTime(at).atZone(zone).toOffsetDateTime(), Duration.ofMinutes(route.get().durationMinutes), group));
            }
        }
    }

    /** Field-visit buses from the visit choices, and the gala dinner's from its invitees, from the venue. */
    private void sessions(List<Participant> riders, List<ShuttlePlanner.Demand> demands) {
        for (ProgrammeSession s : in.sessions()) {
            boolean visit = ProgrammeSession.FIELD_VISIT.equals(s.kind);
            boolean gala = ProgrammeSession.GALA_DINNER.equals(s.kind);
            if ((!visit && !gala) || s.cancelled() || s.startsAt == null || mainVenue == null) {
                continue;
            }
            List<UUID> group = riders.stream().filter(p -> visit ? s.code.equals(p.fieldVisit) : p.galaDinner).map(p -> p.id).toList();
            if (group.isEmpty()) {
                continue;
            }
            String slot = (visit ? "VISIT|" : "GALA|") + s.code;
            Place site = sitePlace(s, gala);
            Optional<Route> route = site == null ? Optional.empty() : route(mainVenue.code, site.code);
            if (route.isEmpty()) {
                String reason = site == null ? "no place is known for the venue '" + s.venueName + "' of " + s.code
                        : "no route from " + mainVenue.code + " to " + site.code;
                group.forEach(r -> issues.add(new Issue("SHUTTLE_SEAT", r, slot, reason)));
                continue;
            }
            Duration duration = Duration.ofMinutes(route.get().durationMinutes);
            demands.add(new ShuttlePlanner.Demand(slot, visit ? Purpose.FIELD_VISIT : Purpose.GALA_DINNER, s.code, route.get().id,
                    s.startsAt.minus(duration), duration, group));
        }
    }

    private Place sitePlace(ProgrammeSession s, boolean gala) {
        if (s.venueName != null) {
            Optional<Place> named = in.places().stream().filter(p -> s.venueName.equalsIgnoreCase(p.venueName)).findFirst();
            if (named.isPresent()) {
                return named.get();
            }
        }
        return gala ? in.places().stream().filter(p -> p.kind == PlaceKind.DINNER).findFirst().orElse(null) : null;
    }
}
