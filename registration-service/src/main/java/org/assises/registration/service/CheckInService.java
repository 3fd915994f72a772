package org.assises.registration.service;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assises.contracts.LocalizedText;
import org.assises.contracts.ParticipantStatus;
import org.assises.contracts.Side;
import org.assises.platform.persistence.Bilingual;
import org.assises.platform.problem.ProblemException;
import org.assises.registration.domain.Badge;
import org.assises.registration.domain.BadgeMark;
import org.assises.registration.domain.BadgeSecret;
import org.assises.registration.domain.CheckIn;
import org.assises.registration.domain.CheckInList;
import org.assises.registration.domain.Door;
import org.assises.registration.domain.Edition;
import org.assises.registration.domain.StandardLists;
import org.assises.registration.domain.Participant;
import org.assises.registration.domain.Scan;
import org.assises.registration.domain.ScanOutcome;
import org.assises.registration.events.PaperEvents;
import org.assises.registration.repository.BadgeRepository;
import org.assises.registration.repository.CatalogueRepository;
import org.assises.registration.repository.CheckInRepository;
import org.assises.registration.repository.EditionRepository;
import org.assises.registration.repository.ParticipantRepository;

import io.quarkus.logging.Log;

/**
 * Check-in lists and the door: a scan (badge secret, list, device nonce) is answered once and its answer
 * kept, so an offline device replaying its nonce gets the same answer and the person is checked in once;
 * the same badge scanned on two devices at once is checked in once (the check-in's primary key decides).
 */
@ApplicationScoped
public class CheckInService {

    private final CheckInRepository lists;
    private final BadgeRepository badges;
    private final ParticipantRepository participants;
    private final EditionRepository editions;
    private final CatalogueRepository catalogues;
    private final PaperEvents events;
    private final ObjectMapper mapper;

    public CheckInService(CheckInRepository lists, BadgeRepository badges, ParticipantRepository participants,
            EditionRepository editions, CatalogueRepository catalogues, PaperEvents events, ObjectMapper mapper) {
        this.lists = lists;
        this.badges = badges;
        this.participants = participants;
        this.editions = editions;
        this.catalogues = catalogues;
        this.events = events;
        this.mapper = mapper;
    }

    /** A new list as an organiser (or logistics, for a shuttle) describes it. */
    public record ListInput(String code, LocalizedText name, CheckInList.Kind kind, CheckInList.Admits admits,
            java.time.LocalDate day, String session, List<UUID> members) {
    }

    /** One scan as a device sends it. */
    public record ScanInput(String secret, String nonce, String device, String gate, boolean force, OffsetDateTime scannedAt) {
    }

    /** A scan's outcome and whether it is a replay of an earlier scan. */
    public record Answer(ScanOutcome outcome, boolean replay) {
    }

    /** Attendance at one list: who may pass, who did, by side. */
    public record Attendance(CheckInList list, int expected, int checkedIn, int forced, int absent, Map<Side, SideCount> bySide) {
    }

    /** Of one side: how many may pass, how many did. */
    public record SideCount(int expected, int checkedIn) {
    }

    @Transactional
    public CheckInList create(String edition, ListInput input) {
        editions.findByIdOptional(edition).orElseThrow(() -> ProblemException.notFound("No edition " + edition));
        if (lists.byCode(edition, input.code()).isPresent()) {
            throw ProblemException.conflict("duplicate-code", "edition " + edition + " already has a check-in list " + input.code());
        }
        if (input.admits() == CheckInList.Admits.SIGN_UPS) {
            if (input.session() == null) {
                throw ProblemException.invalid("session", "a list of sign-ups names the workshop or visit (its catalogue code)");
            }
            if (catalogues.find(edition, input.session()).isEmpty()) {
                throw ProblemException.invalid("session", "no workshop or visit " + input.session() + " in edition " + edition);
            }
        }
        List<UUID> members = input.members() == null ? List.of() : List.copyOf(new HashSet<>(input.members()));
        if (input.admits() == CheckInList.Admits.NAMED && !members.isEmpty()) {
            long known = participants.count("edition = ?1 and id in ?2", edition, members);
            if (known != members.size()) {
                throw ProblemException.invalid("members", (members.size() - known) + " of the members are not participants of edition "
                        + edition);
            }
        }
        CheckInList list = new CheckInList();
        list.id = UUID.randomUUID();
        list.edition = edition;
        list.code = input.code();
        list.name = Bilingual.of(input.name());
        list.kind = input.kind();
        list.admits = input.admits();
        list.day = input.day();
        list.session = input.admits() == CheckInList.Admits.SIGN_UPS ? input.session() : null;
        list.members = input.admits() == CheckInList.Admits.NAMED ? new ArrayList<>(members) : new ArrayList<>();
        list.createdAt = OffsetDateTime.now();
        lists.persist(list);
        Log.infof("check-in list %s (%s) created in edition %s", list.code, list.id, edition);
        return list;
    }

    /**
     * Creates the standard lists of the edition that do not exist yet (the entry of each day, the gala
     * dinner, each field visit); lists of the same code are left as they are, so calling again is harmless.
     *
     * @return the codes created
     */
    @Transactional
    public List<String> createStandard(String edition) {
        Edition e = editions.findByIdOptional(edition).orElseThrow(() -> ProblemException.notFound("No edition " + edition));
        // One organiser at a time per edition: two at once would both see a list missing.
        lists.lockStandardLists(edition);
        List<String> created = new ArrayList<>();
        for (StandardLists.Spec spec : StandardLists.of(e.startsOn, e.endsOn, catalogues.forEdition(edition))) {
            if (lists.byCode(edition, spec.code()).isEmpty()) {
                create(edition, new ListInput(spec.code(), spec.name(), spec.kind(), spec.admits(), spec.day(), spec.session(), null));
                created.add(spec.code());
            }
        }
        return created;
    }

    @Transactional
    public List<CheckInList> lists(String edition) {
        editions.findByIdOptional(edition).orElseThrow(() -> ProblemException.notFound("No edition " + edition));
        return lists.ofEdition(edition);
    }

    @Transactional
    public Optional<CheckInList> list(UUID id) {
        return lists.findByIdOptional(id);
    }

    /**
     * Answers a scan. A nonce seen before with the same secret and list gets its first answer again
     * (nothing written); with another secret or list it is refused (409), as a device bug or a forgery.
     */
    @Transactional
    public Answer scan(UUID listId, ScanInput input) {
        CheckInList list = lists.findByIdOptional(listId).orElseThrow(() -> ProblemException.notFound("No check-in list " + listId));
        String hash = BadgeSecret.hash(input.secret());
        lists.lockNonce(input.nonce());
        Optional<Scan> earlier = lists.scan(input.nonce());
        if (earlier.isPresent()) {
            if (!earlier.get().sameAs(listId, hash)) {
                throw ProblemException.conflict("nonce-reused", "nonce " + input.nonce()
                        + " was already used for another scan; a device sends a new nonce for every scan");
            }
            return new Answer(read(earlier.get().answer), true);
        }
        // Microseconds, as PostgreSQL keeps them: the answer given now and the one replayed later say the same time.
        OffsetDateTime at = (input.scannedAt() == null ? OffsetDateTime.now() : input.scannedAt()).truncatedTo(ChronoUnit.MICROS);
        if (at.isAfter(OffsetDateTime.now().plusMinutes(5))) {
            throw ProblemException.invalid("scannedAt", "must not be in the future");
        }
        BadgeSecret secret = badges.secret(hash).orElse(null);
        Participant p = secret == null ? null : participants.findById(secret.participantId);
        if (p != null && !p.edition.equals(list.edition)) {
            // A badge of another edition is as unknown at this door as a forged one.
            secret = null;
            p = null;
        }
        Door.Decision decision = Door.decide(secret, p == null ? null : p.status, p != null && list.admits(p), input.force());
        ScanOutcome outcome;
        if (p == null) {
            outcome = outcome(Door.Result.UNKNOWN, null, null);
        } else if (!decision.admit()) {
            outcome = outcome(decision.result(), p, null);
        } else {
            CheckIn checkIn = new CheckIn();
            checkIn.listId = list.id;
            checkIn.participantId = p.id;
            checkIn.checkedInAt = at;
            checkIn.device = input.device();
            checkIn.gate = input.gate();
            checkIn.forced = decision.forced();
            if (lists.checkIn(checkIn)) {
                events.checkedIn(list, checkIn);
                Log.infof("participant %s checked in at list %s (device %s%s)", p.id, list.code, input.device(),
                        checkIn.forced ? ", forced" : "");
                outcome = outcome(Door.Result.OK, p, checkIn);
            } else {
                outcome = outcome(Door.Result.ALREADY_CHECKED_IN, p, lists.checkInOf(list.id, p.id).orElseThrow());
            }
        }
        Scan scan = new Scan();
        scan.nonce = input.nonce();
        scan.listId = list.id;
        scan.secretHash = hash;
        scan.result = outcome.result();
        scan.participantId = p == null ? null : p.id;
        scan.answer = write(outcome);
        scan.scannedAt = OffsetDateTime.now();
        lists.addScan(scan);
        return new Answer(outcome, false);
    }

    @Transactional
    public Attendance attendance(UUID listId) {
        CheckInList list = lists.findByIdOptional(listId).orElseThrow(() -> ProblemException.notFound("No check-in list " + listId));
        List<Participant> confirmed = participants.list("edition = ?1 and status = ?2", list.edition, ParticipantStatus.CONFIRMED);
        Set<UUID> present = new HashSet<>();
        int forced = 0;
        for (CheckIn c : lists.checkIns(listId)) {
            present.add(c.participantId);
            forced += c.forced ? 1 : 0;
        }
        Map<Side, int[]> bySide = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            bySide.put(side, new int[2]);
        }
        int expected = 0;
        int absent = 0;
        for (Participant p : confirmed) {
            if (list.admits(p)) {
                expected++;
                bySide.get(p.side)[0]++;
                if (!present.contains(p.id)) {
                    absent++;
                }
            }
        }
        Map<UUID, Side> sides = new java.util.HashMap<>();
        if (!present.isEmpty()) {
            participants.list("id in ?1", present).forEach(p -> sides.put(p.id, p.side));
        }
        sides.values().forEach(side -> bySide.get(side)[1]++);
        Map<Side, SideCount> counts = new EnumMap<>(Side.class);
        bySide.forEach((side, count) -> counts.put(side, new SideCount(count[0], count[1])));
        return new Attendance(list, expected, present.size(), forced, absent, counts);
    }

    private ScanOutcome outcome(Door.Result result, Participant p, CheckIn checkIn) {
        if (p == null) {
            return new ScanOutcome(result, null, null, null, null, null, null, List.of(), null, null, null, false);
        }
        List<BadgeMark> marks = BadgeMark.of(p, badges.findByIdOptional(p.id).map(Badge::setMarks)
                .orElse(Set.of()));
        return new ScanOutcome(result, p.id, p.familyName, p.givenName, p.nameZh, p.organisation, p.side, marks,
                checkIn == null ? null : checkIn.checkedInAt, checkIn == null ? null : checkIn.device,
                checkIn == null ? null : checkIn.gate, checkIn != null && checkIn.forced);
    }

    private String write(ScanOutcome outcome) {
        try {
            return mapper.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scan answer cannot be written as JSON", e);
        }
    }

    private ScanOutcome read(String answer) {
        try {
            return mapper.readValue(answer, ScanOutcome.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored scan answer cannot be read", e);
        }
    }
}
