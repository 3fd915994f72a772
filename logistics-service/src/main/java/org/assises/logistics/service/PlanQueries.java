package org.assises.logistics.service;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.contracts.ParticipantAssignments;
import org.assises.logistics.domain.Car;
import org.assises.logistics.domain.Departure;
import org.assises.logistics.domain.Edition;
import org.assises.logistics.domain.Escort;
import org.assises.logistics.domain.Hotel;
import org.assises.logistics.domain.HotelSpecification;
import org.assises.logistics.domain.LogisticsPlanner;
import org.assises.logistics.domain.Participant;
import org.assises.logistics.domain.PlanChange;
import org.assises.logistics.domain.RoomAssignment;
import org.assises.logistics.domain.Route;
import org.assises.logistics.domain.ShuttleSeat;
import org.assises.logistics.domain.Vehicle;
import org.assises.logistics.domain.VipTransfer;
import org.assises.logistics.repository.EditionRepository;
import org.assises.logistics.repository.ParticipantRepository;
import org.assises.logistics.repository.PlanChangeRepository;
import org.assises.logistics.repository.ProgrammeSessionRepository;
import org.assises.platform.problem.ProblemException;

/** Reads of the stored plan: shortlist, rooms, VIP transfers, departures and manifests, changes, a participant's assignments. */
@ApplicationScoped
@Transactional
public class PlanQueries {

    /** A participant in a room. */
    public record RoomLine(Participant participant, Hotel hotel, RoomAssignment room) {
    }

    /** A VIP transfer with who, which car and which escort. */
    public record TransferLine(Participant participant, VipTransfer transfer, Car car, Escort escort) {
    }

    /** A departure with its route, stop names and vehicle, and how many seats are taken. */
    public record DepartureLine(Departure departure, Route route, String fromName, String toName, Vehicle vehicle, int seatsTaken) {
    }

    /** A departure's passengers, in seating order, with each one's hotel. */
    public record Manifest(DepartureLine departure, List<Participant> riders, Map<UUID, String> hotelOf) {
    }

    private final EditionRepository editions;
    private final PlanningService planning;
    private final ParticipantRepository participants;
    private final PlanChangeRepository changes;
    private final ProgrammeSessionRepository sessions;

    public PlanQueries(EditionRepository editions, PlanningService planning, ParticipantRepository participants,
            PlanChangeRepository changes, ProgrammeSessionRepository sessions) {
        this.editions = editions;
        this.planning = planning;
        this.participants = participants;
        this.changes = changes;
        this.sessions = sessions;
    }

    public Edition edition(String code) {
        return editions.require(code);
    }

    public List<HotelSpecification.Verdict> shortlist(String edition) {
        return new LogisticsPlanner(planning.load(editions.require(edition))).shortlist();
    }

    public PlanReport preview(String edition) {
        return planning.preview(editions.require(edition));
    }

    public List<RoomLine> rooms(String edition, String hotelCode) {
        LogisticsPlanner.Inputs in = planning.load(editions.require(edition));
        Map<UUID, Hotel> hotels = in.hotels().stream().collect(Collectors.toMap(h -> h.id, Function.identity()));
        if (hotelCode != null && in.hotels().stream().noneMatch(h -> h.code.equals(hotelCode))) {
            throw ProblemException.notFound("No hotel " + hotelCode + " in " + edition);
        }
        Map<UUID, Participant> people = byId(in);
        return in.rooms().stream().map(r -> new RoomLine(people.get(r.participantId), hotels.get(r.hotelId), r))
                .filter(l -> hotelCode == null || l.hotel().code.equals(hotelCode))
                .sorted(Comparator.comparing((RoomLine l) -> l.hotel().code).thenComparing(l -> l.room().roomType)
                        .thenComparing(l -> l.room().room).thenComparing(l -> l.participant().familyName))
                .toList();
    }

    public List<TransferLine> transfers(String edition) {
        LogisticsPlanner.Inputs in = planning.load(editions.require(edition));
        Map<UUID, Participant> people = byId(in);
        Map<UUID, Car> cars = in.cars().stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        Map<UUID, Escort> escorts = in.escorts().stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        return in.transfers().stream().map(t -> new TransferLine(people.get(t.participantId), t,
                t.carId == null ? null : cars.get(t.carId), t.escortId == null ? null : escorts.get(t.escortId)))
                .sorted(Comparator.comparing((TransferLine l) -> l.transfer().pickupAt)).toList();
    }

    public List<DepartureLine> departures(String edition) {
        LogisticsPlanner.Inputs in = planning.load(editions.require(edition));
        return lines(in);
    }

    public Manifest manifest(String edition, UUID departureId) {
        LogisticsPlanner.Inputs in = planning.load(editions.require(edition));
        DepartureLine line = lines(in).stream().filter(l -> l.departure().id.equals(departureId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("No departure " + departureId + " in " + edition));
        return manifestOf(in, line);
    }

    /** The manifests of a field visit's (or the gala dinner's) departures; 409 for a cancelled session. */
    public List<Manifest> sessionManifests(String edition, String code) {
        LogisticsPlanner.Inputs in = planning.load(editions.require(edition));
        var session = sessions.byCode(edition, code).orElseThrow(() -> ProblemException.notFound("No session " + code + " in " + edition));
        if (session.cancelled()) {
            throw ProblemException.conflict("session-cancelled", "Session " + code + " is cancelled: it has no buses");
        }
        return lines(in).stream().filter(l -> code.equals(l.departure().sessionCode)).map(l -> manifestOf(in, l)).toList();
    }

    public List<PlanChange> changes(String edition, OffsetDateTime since, int limit) {
        editions.require(edition);
        return changes.since(edition, since, limit);
    }

    /** A participant's assignments, if the caller may see them. */
    public ParticipantAssignments assignments(String edition, UUID participantId, Caller caller) {
        Edition e = editions.require(edition);
        Participant p = participants.findByIdOptional(participantId).filter(x -> x.edition.equals(edition) && caller.sees(x.delegationOwner))
                .orElseThrow(() -> ProblemException.notFound("No participant " + participantId + " in " + edition));
        return planning.assignmentsOfAll(e, List.of(p)).get(0);
    }

    /** The assignments of a delegation's members, if the caller may see the delegation. */
    public List<ParticipantAssignments> delegationAssignments(String edition, String delegationId, Caller caller) {
        Edition e = editions.require(edition);
        List<Participant> members = participants.ofDelegation(edition, delegationId).stream()
                .filter(p -> caller.sees(p.delegationOwner)).toList();
        if (members.isEmpty()) {
            throw ProblemException.notFound("No delegation " + delegationId + " in " + edition);
        }
        return planning.assignmentsOfAll(e, members);
    }

    private static Map<UUID, Participant> byId(LogisticsPlanner.Inputs in) {
        return in.participants().stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }

    private static List<DepartureLine> lines(LogisticsPlanner.Inputs in) {
        Map<UUID, Route> routes = in.routes().stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<UUID, Vehicle> vehicles = in.vehicles().stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
        Map<String, String> names = new HashMap<>();
        in.places().forEach(p -> names.put(p.code, p.name.fr));
        in.hotels().forEach(h -> names.put(h.code, h.name));
        Map<UUID, Long> taken = in.seats().stream().collect(Collectors.groupingBy(s -> s.departureId, Collectors.counting()));
        return in.departures().stream().map(d -> {
            Route r = routes.get(d.routeId);
            return new DepartureLine(d, r, names.getOrDefault(r.fromStop, r.fromStop), names.getOrDefault(r.toStop, r.toStop),
                    d.vehicleId == null ? null : vehicles.get(d.vehicleId), taken.getOrDefault(d.id, 0L).intValue());
        }).toList();
    }

    private static Manifest manifestOf(LogisticsPlanner.Inputs in, DepartureLine line) {
        Map<UUID, Participant> people = byId(in);
        Map<UUID, String> hotelNames = in.hotels().stream().collect(Collectors.toMap(h -> h.id, h -> h.name));
        Map<UUID, String> hotelOf = new HashMap<>();
        in.rooms().forEach(r -> hotelOf.put(r.participantId, hotelNames.get(r.hotelId)));
        List<Participant> riders = in.seats().stream().filter(s -> s.departureId.equals(line.departure().id))
                .map((ShuttleSeat s) -> people.get(s.participantId))
                .sorted(Comparator.comparing((Participant p) -> p.delegationId == null ? "\uffff" : p.delegationId)
                        .thenComparing(p -> p.familyName).thenComparing(p -> p.id))
                .toList();
        return new Manifest(line, riders, hotelOf);
    }
}
