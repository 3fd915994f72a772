package org.assises.registration.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.contracts.EventTypes;
import org.assises.contracts.ParticipantStatus;
import org.assises.contracts.Side;
import org.assises.platform.editions.KnownEditions;
import org.assises.platform.problem.Problem.Violation;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.tracing.Traced;
import org.assises.registration.api.CreateParticipantRequest;
import org.assises.registration.api.RegistrationResponse;
import org.assises.registration.api.SelfRegistrationRequest;
import org.assises.registration.config.RegistrationConfig;
import org.assises.registration.domain.Edition;
import org.assises.registration.domain.ManagementToken;
import org.assises.registration.domain.Participant;
import org.assises.registration.domain.Travel;
import org.assises.registration.events.ParticipantEvents;
import org.assises.registration.repository.EditionRepository;
import org.assises.registration.repository.ParticipantRepository;

import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;

/**
 * Registrations one by one: French self-registration and its management by token, an organiser's
 * direct registration, cancellation with promotion of the first in line, and the organisers' hand
 * on the waiting list. Each change and its events are written in one transaction.
 */
@ApplicationScoped
public class RegistrationService {

    private final EditionRepository editions;
    private final ParticipantRepository participants;
    private final SeatService seats;
    private final ParticipantEvents events;
    private final IdempotencyService idempotency;
    private final RegistrationConfig config;

    public RegistrationService(EditionRepository editions, ParticipantRepository participants, SeatService seats,
            ParticipantEvents events, IdempotencyService idempotency, RegistrationConfig config) {
        this.editions = editions;
        this.participants = participants;
        this.seats = seats;
        this.events = events;
        this.idempotency = idempotency;
        this.config = config;
    }

    /**
     * A French self-registration waiting for its seat decision (see {@link Admissions}), with what does not
     * depend on that decision already worked out on its request's thread: its id, management token and link,
     * its Idempotency-Key's hashes, and its request's trace.
     */
    public record SelfRegistration(String edition, SelfRegistrationRequest request, UUID id, ManagementToken token, String link,
            IdempotencyService.PreparedKey key, Context trace) {
    }

    /**
     * What one self-registration of a batch got: its answer, or the problem that refuses it (and nothing of it
     * written); {@code admitted} is the status of a registration newly admitted by this batch, null otherwise.
     */
    public record Decision(IdempotentAnswer answer, ProblemException problem, ParticipantStatus admitted) {
    }

    /** Prepares a self-registration for its batch; runs on the request's own thread, before it queues. */
    public SelfRegistration prepare(String edition, SelfRegistrationRequest request, String idempotencyKey) {
        UUID id = UUID.randomUUID();
        ManagementToken token = ManagementToken.generate();
        return new SelfRegistration(edition, request, id, token, config.managementLinkBase() + "?registration=" + id + "#token=" + token.token(),
                idempotency.prepare(idempotencyKey, request), Context.current());
    }

    /**
     * French participants register themselves, decided in arrival order under one take of the edition's
     * seat lock: each gets a seat or a place in line, with its management token, or the problem that
     * refuses it alone (a refused registration leaves nothing behind, its Idempotency-Key included).
     * Under the lock, one read each of the quotas, catalogue, e-mails and Idempotency-Keys in use, the
     * decisions in memory, then the writes (participants, events, answers), flushed in JDBC batches.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Decision> selfRegisterAll(String edition, List<SelfRegistration> batch) {
        Edition e = KnownEditions.orNotFound(editions.findByIdOptional(edition), edition);
        SeatService.Locked locked = seats.lockOpen(edition);
        Set<String> emailsInUse = participants.activeEmails(edition, batch.stream().map(r -> r.request().email().strip()).toList());
        long[] inLine = { participants.waitlistLength(edition, Side.FRENCH) };
        IdempotencyService.Claims claims = idempotency.claims("self-registration:" + edition,
                batch.stream().map(SelfRegistration::key).toList());
        ParticipantEvents.Batch pending = events.batch();
        List<Decision> decisions = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            SelfRegistration registration = batch.get(i);
            // Those still to be decided may all end up in line: their ranks come in one round trip.
            locked.ranks().expect(batch.size() - i);
            // In its request's trace: its events and log lines carry that trace, not the batch's.
            decisions.add(Traced.call(registration.trace(),
                    () -> selfRegister(e, registration, locked, emailsInUse, inLine, claims, pending)));
        }
        pending.write();
        claims.write();
        return decisions;
    }

    private Decision selfRegister(Edition e, SelfRegistration registration, SeatService.Locked locked, Set<String> emailsInUse,
            long[] inLine, IdempotencyService.Claims claims, ParticipantEvents.Batch pending) {
        SelfRegistrationRequest request = registration.request();
        try {
            Optional<IdempotentAnswer> first = claims.first(registration.key());
            if (first.isPresent()) {
                return new Decision(first.get(), null, null);
            }
            Participant p = new Participant();
            p.id = registration.id();
            p.edition = e.code;
            p.side = Side.FRENCH;
            p.createdAt = OffsetDateTime.now();
            apply(p, request);
            List<Violation> violations = new ArrayList<>(e.travelViolations("", Travel.at(p.arrival), Travel.at(p.departure)));
            violations.addAll(locked.catalogue().check("", request.workshops(), request.fieldVisit(), true));
            if (!violations.isEmpty()) {
                throw ProblemException.invalid(violations);
            }
            if (emailsInUse.contains(p.email.toLowerCase(Locale.ROOT))) {
                throw duplicateEmail(p);
            }
            p.tokenHash = registration.token().hash();
            seats.admit(p, locked, pending).ifPresent(refusal -> {
                throw refusal.problem();
            });
            emailsInUse.add(p.email.toLowerCase(Locale.ROOT));
            // Newcomers join the end of the line: their position is the line's length so far.
            long position = p.status == ParticipantStatus.WAITLISTED ? ++inLine[0] : 0;
            RegistrationResponse body = RegistrationResponse.from(p, position, registration.token().token(), registration.link());
            return new Decision(claims.answer(registration.key(), 201, "/api/v1/registrations/" + p.id, body), null, p.status);
        } catch (ProblemException refused) {
            return new Decision(null, refused, null);
        }
    }

    /** An organiser registers a participant of either side directly: a seat if one is free, else the waiting list. */
    @Transactional
    public Participant register(CreateParticipantRequest request) {
        Edition e = editions.findByIdOptional(request.edition())
                .orElseThrow(() -> ProblemException.invalid("edition", "unknown edition " + request.edition()));
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.edition = e.code;
        p.side = request.side();
        p.familyName = request.familyName().strip();
        p.givenName = request.givenName().strip();
        p.nameZh = blankToNull(request.nameZh());
        p.organisation = request.organisation().strip();
        p.email = blankToNull(request.email());
        p.civility = request.civility();
        p.category = request.category();
        p.function = blankToNull(request.function());
        p.phone = blankToNull(request.phone());
        p.languages = request.languages() == null ? new ArrayList<>() : new ArrayList<>(request.languages());
        p.interpretationNeeded = request.interpretationNeeded();
        p.dietaryNeeds = blankToNull(request.dietaryNeeds());
        p.galaDinner = request.galaDinner();
        p.workshops = request.workshops() == null ? new ArrayList<>() : new ArrayList<>(request.workshops());
        p.fieldVisit = blankToNull(request.fieldVisit());
        setTravel(p, request.arrival(), request.departure());
        p.hotelNeeded = request.hotelNeeded();
        p.vip = request.vip();
        p.createdAt = OffsetDateTime.now();
        p.updatedAt = p.createdAt;
        List<Violation> violations = new ArrayList<>(e.travelViolations("", Travel.at(p.arrival), Travel.at(p.departure)));
        SeatService.Locked locked = seats.lockOpen(e.code);
        violations.addAll(locked.catalogue().check("", request.workshops(), p.fieldVisit, false));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        requireUniqueEmail(p);
        admit(p, locked);
        return p;
    }

    /** The registration this token opens; empty (a 404, whether or not the id exists) for any other token. */
    public Optional<Participant> findByToken(UUID id, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return participants.findByToken(id, ManagementToken.hash(token));
    }

    /** The holder of the token changes their registration (choices, travel, contact...). */
    @Transactional
    public Participant updateByToken(UUID id, String token, SelfRegistrationRequest request) {
        Participant p = requireByToken(id, token);
        if (!p.status.isActive()) {
            throw ProblemException.conflict("invalid-transition", "a " + p.status + " registration cannot be changed");
        }
        Edition e = editions.findById(p.edition);
        SeatService.Locked locked = seats.lockFor(p);
        List<Violation> violations = new ArrayList<>(e.travelViolations("", arrivalOf(request), departureOf(request)));
        violations.addAll(locked.catalogue().check("", request.workshops(), request.fieldVisit(), true));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        seats.reseat(p, Participant.choices(request.workshops(), request.fieldVisit()), request.category(), locked).ifPresent(refusal -> {
            throw refusal.problem();
        });
        apply(p, request);
        requireUniqueEmail(p);
        events.emit(EventTypes.PARTICIPANT_UPDATED, p);
        return p;
    }

    /** The holder of the token cancels; their seat goes to the first in line. */
    @Transactional
    public Participant cancelByToken(UUID id, String token) {
        return cancel(requireByToken(id, token));
    }

    /** An organiser cancels a registration; the seat goes to the first in line. */
    @Transactional
    public Participant cancelByOrganiser(UUID id) {
        return cancel(participants.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No participant " + id)));
    }

    /** An organiser promotes a waitlisted participant out of order, if a seat of their side (and category) is free. */
    @Transactional
    public Participant promoteByOrganiser(UUID id) {
        Participant p = participants.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No participant " + id));
        SeatService.Locked locked = seats.lockFor(p);
        if (p.status != ParticipantStatus.WAITLISTED) {
            throw ProblemException.conflict("not-waitlisted", "only a waitlisted participant can be promoted; this one is " + p.status);
        }
        if (!locked.seats().take(p.side, p.category)) {
            throw ProblemException.conflict("quota-full", "no " + p.side + " seat is free"
                    + (p.category == null ? "" : " for category " + p.category) + "; cancel someone or raise the quota first");
        }
        seats.promote(p, locked);
        return p;
    }

    /** An organiser moves a waitlisted participant to another position in their side's line. */
    @Transactional
    public List<Participant> moveInWaitlist(UUID id, int position) {
        Participant p = participants.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No participant " + id));
        seats.lockFor(p);
        if (p.status != ParticipantStatus.WAITLISTED) {
            throw ProblemException.conflict("not-waitlisted", "only a waitlisted participant can be moved; this one is " + p.status);
        }
        List<Participant> line = new ArrayList<>(participants.waitlist(p.edition, p.side));
        if (position > line.size()) {
            throw ProblemException.invalid("position", "the " + p.side + " waiting list has " + line.size() + " people");
        }
        // The line keeps its set of ranks; only who holds which rank changes.
        List<Long> ranks = line.stream().map(w -> w.waitlistRank).sorted().toList();
        line.remove(p);
        line.add(position - 1, p);
        for (int i = 0; i < line.size(); i++) {
            line.get(i).waitlistRank = ranks.get(i);
        }
        return line;
    }

    public Optional<Participant> find(UUID id) {
        return participants.findByIdOptional(id);
    }

    /** APCAE's id of the participant's delegation, or null for a participant outside any delegation. */
    public String delegationOf(Participant p) {
        return events.delegationOf(p);
    }

    public long positionOf(Participant p) {
        return participants.positionOf(p);
    }

    private Participant cancel(Participant p) {
        SeatService.Locked locked = seats.lockFor(p);
        seats.vacate(p, ParticipantStatus.CANCELLED, locked);
        events.emit(EventTypes.PARTICIPANT_CANCELLED, p);
        return p;
    }

    private Participant requireByToken(UUID id, String token) {
        return findByToken(id, token).orElseThrow(() -> ProblemException.notFound("No registration " + id + " for this token"));
    }

    /** Admits a new participant or refuses the request (409); its two events are written in one round trip while the seat lock is held. */
    private void admit(Participant p, SeatService.Locked locked) {
        ParticipantEvents.Batch pending = events.batch();
        seats.admit(p, locked, pending).ifPresent(refusal -> {
            throw refusal.problem();
        });
        pending.write();
        Log.infof("Participant %s admitted to %s: %s", p.id, p.edition, p.status);
    }

    private void requireUniqueEmail(Participant p) {
        if (p.email != null && participants.activeByEmail(p.edition, p.email, p.id).isPresent()) {
            throw duplicateEmail(p);
        }
    }

    private static ProblemException duplicateEmail(Participant p) {
        return ProblemException.conflict("duplicate-email", "the e-mail " + p.email + " is already registered for " + p.edition
                + "; use the management link of that registration to change it");
    }

    private static void apply(Participant p, SelfRegistrationRequest r) {
        p.civility = r.civility();
        p.familyName = r.familyName().strip();
        p.givenName = r.givenName().strip();
        p.organisation = r.organisation().strip();
        p.function = r.function().strip();
        p.category = r.category();
        p.email = r.email().strip();
        p.phone = r.phone().strip();
        p.languages = new ArrayList<>(r.languages());
        p.interpretationNeeded = r.interpretationNeeded();
        p.dietaryNeeds = blankToNull(r.dietaryNeeds());
        p.galaDinner = r.galaDinner();
        p.workshops = new ArrayList<>(r.workshops());
        p.fieldVisit = r.fieldVisit();
        setTravel(p, r.arrival(), r.departure());
        p.hotelNeeded = r.hotelNeeded();
        p.updatedAt = OffsetDateTime.now();
    }

    static void setTravel(Participant p, org.assises.registration.api.Travel arrival, org.assises.registration.api.Travel departure) {
        p.arrival = arrival == null ? null : Travel.of(arrival.at(), blankToNull(arrival.transport()), blankToNull(arrival.place()));
        p.departure = departure == null ? null
                : Travel.of(departure.at(), blankToNull(departure.transport()), blankToNull(departure.place()));
    }

    private static OffsetDateTime arrivalOf(SelfRegistrationRequest r) {
        return r.arrival() == null ? null : r.arrival().at();
    }

    private static OffsetDateTime departureOf(SelfRegistrationRequest r) {
        return r.departure() == null ? null : r.departure().at();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
