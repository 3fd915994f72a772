package org.assises.registration.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assises.contracts.EventTypes;
import org.assises.contracts.ParticipantStatus;
import org.assises.contracts.Side;
import org.assises.platform.editions.KnownEditions;
import org.assises.platform.problem.Problem.Violation;
import org.assises.platform.problem.ProblemException;
import org.assises.registration.api.DelegationMember;
import org.assises.registration.api.DelegationPush;
import org.assises.registration.api.DelegationReport;
import org.assises.registration.api.DelegationView;
import org.assises.registration.api.MemberOutcome;
import org.assises.registration.api.MemberReport;
import org.assises.registration.config.RegistrationConfig;
import org.assises.registration.domain.Category;
import org.assises.registration.domain.Delegation;
import org.assises.registration.domain.Edition;
import org.assises.registration.domain.Gender;
import org.assises.registration.domain.ManagementToken;
import org.assises.registration.domain.Participant;
import org.assises.registration.events.ParticipantEvents;
import org.assises.registration.repository.DelegationRepository;
import org.assises.registration.repository.EditionRepository;
import org.assises.registration.repository.ParticipantRepository;

import io.quarkus.logging.Log;

/**
 * APCAE's delegation push: the list replaces the previous one. New members are added (a seat or the
 * waiting list), changed ones updated, missing ones withdrawn (their seats freed, the first in line
 * promoted), unchanged ones left alone with no event. Each member is validated on its own; the push
 * as a whole is refused only when it cannot be read as a list (no member, too many, duplicate ids).
 * Everything is one transaction under the edition's seat lock.
 */
@ApplicationScoped
public class DelegationService {

    private final EditionRepository editions;
    private final DelegationRepository delegations;
    private final ParticipantRepository participants;
    private final SeatService seats;
    private final ParticipantEvents events;
    private final Validator validator;
    private final ObjectMapper mapper;
    private final RegistrationConfig config;
    private final IdempotencyService idempotency;

    public DelegationService(EditionRepository editions, DelegationRepository delegations, ParticipantRepository participants,
            SeatService seats, ParticipantEvents events, Validator validator, ObjectMapper mapper,
            RegistrationConfig config, IdempotencyService idempotency) {
        this.editions = editions;
        this.delegations = delegations;
        this.participants = participants;
        this.seats = seats;
        this.events = events;
        this.validator = validator;
        this.mapper = mapper;
        this.config = config;
        this.idempotency = idempotency;
    }

    /**
     * The JSON push, which a client may retry with an Idempotency-Key: the retry gets the first
     * report (CREATED...) rather than a new one (UNCHANGED...).
     */
    @Transactional
    public IdempotentAnswer push(String edition, String apcaeId, Caller caller, String owner, DelegationPush request,
            List<MemberInput> members, String idempotencyKey) {
        String scope = "delegation-push:" + edition + ":" + apcaeId + ":" + caller.subject();
        Optional<IdempotentAnswer> first = idempotency.claim(scope, idempotencyKey, request);
        if (first.isPresent()) {
            return first.get();
        }
        DelegationReport report = push(edition, apcaeId, caller, owner, request.name(), members);
        return idempotency.answer(scope, idempotencyKey, 200, null, report);
    }

    /**
     * Reconciles the delegation with the pushed list.
     *
     * @param owner for a delegation created by this push: the APCAE subject it belongs to
     */
    @Transactional
    public DelegationReport push(String edition, String apcaeId, Caller caller, String owner, String name, List<MemberInput> inputs) {
        Edition e = KnownEditions.orNotFound(editions.findByIdOptional(edition), edition);
        requireReadableList(inputs);
        SeatService.Locked locked = seats.lockOpen(edition);
        Delegation delegation = delegations.find(edition, apcaeId).orElse(null);
        if (delegation != null && !delegation.visibleTo(caller.subject(), caller.organiser())) {
            // Another party's delegation: as if it did not exist.
            throw ProblemException.notFound("No delegation " + apcaeId + " in " + edition);
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (delegation == null) {
            delegation = new Delegation();
            delegation.id = UUID.randomUUID();
            delegation.edition = edition;
            delegation.apcaeId = apcaeId;
            delegation.owner = caller.organiser() ? owner : caller.subject();
            delegation.name = name;
            delegation.createdAt = now;
            delegation.updatedAt = now;
            delegations.persist(delegation);
        } else if (name != null && !name.equals(delegation.name)) {
            delegation.name = name;
            delegation.updatedAt = now;
        }
        Map<String, Participant> known = participants.ofDelegation(delegation.id).stream()
                .collect(Collectors.toMap(p -> p.apcaePersonId, Function.identity()));
        Set<String> pushed = new HashSet<>();
        inputs.forEach(input -> pushed.add(input.member().personId()));

        List<MemberReport> reports = new ArrayList<>();
        // Withdrawals first: their seats go to those already in line before the newcomers of this list.
        for (Participant p : known.values().stream().sorted((a, b) -> a.apcaePersonId.compareTo(b.apcaePersonId)).toList()) {
            if (!pushed.contains(p.apcaePersonId) && p.status.isActive()) {
                seats.vacate(p, ParticipantStatus.WITHDRAWN, locked);
                events.emit(EventTypes.PARTICIPANT_WITHDRAWN, p);
                Log.infof("Participant %s withdrawn from delegation %s of %s", p.id, apcaeId, edition);
                reports.add(new MemberReport(p.apcaePersonId, MemberOutcome.WITHDRAWN, p.id, p.status, null, List.of()));
            }
        }
        ParticipantEvents.Batch pending = events.batch();
        for (int i = 0; i < inputs.size(); i++) {
            reports.add(reconcile(e, delegation, locked, pending, "members[" + i + "].", inputs.get(i),
                    known.get(inputs.get(i).member().personId())));
        }
        pending.write();
        if (reports.stream().anyMatch(r -> r.outcome() != MemberOutcome.UNCHANGED && r.outcome() != MemberOutcome.REJECTED)) {
            delegation.updatedAt = now;
        }
        Map<UUID, Long> positions = positions(edition);
        List<MemberReport> answered = reports.stream().map(r -> r.status() == ParticipantStatus.WAITLISTED
                ? new MemberReport(r.personId(), r.outcome(), r.participantId(), r.status(), positions.get(r.participantId()), r.violations())
                : r).toList();
        Map<MemberOutcome, Integer> counts = new EnumMap<>(MemberOutcome.class);
        answered.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        Log.infof("Delegation %s of %s pushed: %s", apcaeId, edition, counts);
        return new DelegationReport(edition, apcaeId, counts, answered);
    }

    /** The delegations of an edition the caller may see: all for organisers, its own for APCAE. */
    public List<DelegationView> list(String edition, Caller caller) {
        KnownEditions.orNotFound(editions.findByIdOptional(edition), edition);
        Map<UUID, Long> positions = positions(edition);
        return delegations.forEdition(edition, caller.organiser() ? null : caller.subject()).stream()
                .map(d -> view(d, positions)).toList();
    }

    /** One delegation with its members' status; 404 for a delegation that is not the caller's. */
    public DelegationView get(String edition, String apcaeId, Caller caller) {
        Delegation d = delegations.find(edition, apcaeId).filter(found -> found.visibleTo(caller.subject(), caller.organiser()))
                .orElseThrow(() -> ProblemException.notFound("No delegation " + apcaeId + " in " + edition));
        return view(d, positions(edition));
    }

    private DelegationView view(Delegation d, Map<UUID, Long> positions) {
        List<DelegationView.Member> members = participants.ofDelegation(d.id).stream()
                .map(p -> new DelegationView.Member(p.apcaePersonId, p.id, p.familyName, p.givenName, p.nameZh, p.status,
                        positions.get(p.id), p.vip))
                .toList();
        Map<ParticipantStatus, Long> counts = new EnumMap<>(ParticipantStatus.class);
        members.forEach(m -> counts.merge(m.status(), 1L, Long::sum));
        return new DelegationView(d.edition, d.apcaeId, d.name, d.updatedAt, counts, members);
    }

    private Map<UUID, Long> positions(String edition) {
        Map<UUID, Long> positions = new HashMap<>();
        long position = 0;
        for (Participant p : participants.waitlist(edition, Side.CHINESE)) {
            positions.put(p.id, ++position);
        }
        return positions;
    }

    private void requireReadableList(List<MemberInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            throw ProblemException.invalid("members", "a delegation push needs at least one member");
        }
        if (inputs.size() > config.maxDelegationMembers()) {
            throw ProblemException.invalid("members", "a delegation push may carry at most " + config.maxDelegationMembers()
                    + " members; this one has " + inputs.size());
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        List<Violation> duplicates = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String id = inputs.get(i).member().personId();
            if (id == null || id.isBlank()) {
                continue;
            }
            Integer first = firstIndex.putIfAbsent(id, i);
            if (first != null) {
                duplicates.add(new Violation("members[" + i + "].personId", "person id " + id + " appears twice (also members[" + first + "])"));
            }
        }
        if (!duplicates.isEmpty()) {
            throw ProblemException.invalid(duplicates);
        }
    }

    private MemberReport reconcile(Edition e, Delegation delegation, SeatService.Locked locked, ParticipantEvents.Batch pending,
            String prefix, MemberInput input, Participant known) {
        DelegationMember m = input.member();
        List<Violation> violations = violations(e, locked, prefix, input);
        if (!violations.isEmpty()) {
            return rejected(m.personId(), known, violations);
        }
        String fingerprint = ManagementToken.sha256(json(m));
        if (known != null && known.status.isActive() && fingerprint.equals(known.sourceHash)) {
            return new MemberReport(m.personId(), MemberOutcome.UNCHANGED, known.id, known.status, null, List.of());
        }
        if (known == null || !known.status.isActive()) {
            Participant p = known;
            if (p == null) {
                p = new Participant();
                p.id = UUID.randomUUID();
                p.edition = e.code;
                p.side = Side.CHINESE;
                p.delegationId = delegation.id;
                p.apcaePersonId = m.personId();
                p.createdAt = OffsetDateTime.now();
            }
            apply(p, m, fingerprint);
            Optional<SeatService.Refusal> refusal = seats.admit(p, locked, pending);
            if (refusal.isPresent()) {
                if (known != null) {
                    participants.getEntityManager().refresh(known);
                }
                return rejected(m.personId(), known, List.of(new Violation(prefix + refusal.get().field(), refusal.get().message())));
            }
            Log.infof("Participant %s admitted to %s: %s", p.id, p.edition, p.status);
            boolean confirmed = p.status == ParticipantStatus.CONFIRMED;
            return new MemberReport(m.personId(), confirmed ? MemberOutcome.CREATED : MemberOutcome.WAITLISTED, p.id, p.status,
                    null, List.of());
        }
        Participant p = known;
        Optional<SeatService.Refusal> refusal = seats.reseat(p, Participant.choices(m.workshops(), m.fieldVisit()), categoryOf(m), locked);
        if (refusal.isPresent()) {
            String keeps = refusal.get().item() == null ? "; the member keeps their previous registration" : "";
            return rejected(m.personId(), known, List.of(new Violation(prefix + refusal.get().field(), refusal.get().message() + keeps)));
        }
        apply(p, m, fingerprint);
        pending.emit(EventTypes.PARTICIPANT_UPDATED, p);
        return new MemberReport(m.personId(), MemberOutcome.UPDATED, p.id, p.status, null, List.of());
    }

    private List<Violation> violations(Edition e, SeatService.Locked locked, String prefix, MemberInput input) {
        List<Violation> violations = new ArrayList<>(input.readErrors().stream()
                .map(v -> new Violation(prefix + v.field(), v.message())).toList());
        Set<String> unreadable = input.readErrors().stream().map(Violation::field).collect(Collectors.toSet());
        DelegationMember m = input.member();
        for (ConstraintViolation<DelegationMember> v : validator.validate(m)) {
            String field = field(v.getPropertyPath());
            if (!unreadable.contains(field)) {
                violations.add(new Violation(prefix + field, v.getMessage()));
            }
        }
        violations.addAll(e.travelViolations(prefix, m.arrival() == null ? null : m.arrival().at(),
                m.departure() == null ? null : m.departure().at()));
        if (m.passport() != null && m.passport().expiresOn() != null && !e.passportValidThroughout(m.passport().expiresOn())) {
            violations.add(new Violation(prefix + "passport.expiresOn", "the passport must be valid after the edition ends on " + e.endsOn));
        }
        violations.addAll(locked.catalogue().check(prefix, m.workshops(), m.fieldVisit(), false));
        violations.sort((a, b) -> a.field().compareTo(b.field()));
        return violations;
    }

    private static MemberReport rejected(String personId, Participant known, List<Violation> violations) {
        return new MemberReport(personId, MemberOutcome.REJECTED, known == null ? null : known.id,
                known == null ? null : known.status, null, violations);
    }

    private static void apply(Participant p, DelegationMember m, String fingerprint) {
        p.familyName = m.familyName().strip();
        p.givenName = m.givenName().strip();
        p.nameZh = m.nameZh().strip();
        p.gender = Gender.valueOf(m.gender());
        p.dateOfBirth = m.dateOfBirth();
        p.passportNumber = m.passport() == null ? null : m.passport().number();
        p.passportExpiresOn = m.passport() == null ? null : m.passport().expiresOn();
        p.organisation = m.organisation().strip();
        p.province = RegistrationService.blankToNull(m.province());
        p.city = RegistrationService.blankToNull(m.city());
        p.function = RegistrationService.blankToNull(m.function());
        p.category = categoryOf(m);
        p.vip = m.vip();
        p.languages = m.languages() == null ? new ArrayList<>() : new ArrayList<>(m.languages());
        p.interpretationNeeded = m.interpretationNeeded();
        RegistrationService.setTravel(p, m.arrival(), m.departure());
        p.hotelNeeded = m.hotelNeeded();
        p.dietaryNeeds = RegistrationService.blankToNull(m.dietaryNeeds());
        p.galaDinner = m.galaDinner();
        p.workshops = m.workshops() == null ? new ArrayList<>() : new ArrayList<>(m.workshops());
        p.fieldVisit = RegistrationService.blankToNull(m.fieldVisit());
        p.sourceHash = fingerprint;
        p.updatedAt = OffsetDateTime.now();
    }

    private static Category categoryOf(DelegationMember m) {
        return m.category() == null ? null : Category.valueOf(m.category());
    }

    /** The field of a violation as the client wrote it: {@code passport.number}, {@code languages[1]}. */
    private static String field(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null && !out.isEmpty() && node.isInIterable()) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.toString();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write a delegation member as JSON", ex);
        }
    }
}
