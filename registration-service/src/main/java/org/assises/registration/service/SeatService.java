package org.assises.registration.service;

import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.contracts.EventTypes;
import org.assises.contracts.ParticipantStatus;
import org.assises.contracts.Side;
import org.assises.platform.problem.ProblemException;
import org.assises.registration.domain.Catalogue;
import org.assises.registration.domain.CatalogueItem;
import org.assises.registration.domain.CatalogueKind;
import org.assises.registration.domain.Category;
import org.assises.registration.domain.InvitationLetter;
import org.assises.registration.domain.Participant;
import org.assises.registration.domain.Seats;
import org.assises.registration.events.ParticipantEvents;
import org.assises.registration.repository.CatalogueRepository;
import org.assises.registration.repository.ParticipantRepository;
import org.assises.registration.repository.QuotaRepository;

import io.quarkus.logging.Log;

/**
 * Seats, waiting list and workshop places, in the caller's transaction and under the edition's seat
 * lock: admitting a participant (a seat or a place in line), freeing a seat and promoting the first
 * in line in the same transaction.
 */
@ApplicationScoped
public class SeatService {

    private final QuotaRepository quotas;
    private final CatalogueRepository catalogues;
    private final ParticipantRepository participants;
    private final ParticipantEvents events;
    private final LetterService letters;

    public SeatService(QuotaRepository quotas, CatalogueRepository catalogues, ParticipantRepository participants,
            ParticipantEvents events, LetterService letters) {
        this.quotas = quotas;
        this.catalogues = catalogues;
        this.participants = participants;
        this.events = events;
        this.letters = letters;
    }

    /** The edition's seats and catalogue, locked until the transaction ends, and the ranks its newcomers take in line. */
    public record Locked(Seats seats, Catalogue catalogue, WaitlistRanks ranks) {
    }

    /**
     * Waiting-list ranks for one locked transaction, drawn from the sequence: one at a time by default,
     * or as many as a batch may need in one round trip (see {@link #expect}). A rank drawn and not used is
     * a gap in the sequence; the line's order is all ranks say.
     */
    public static final class WaitlistRanks {

        private final ParticipantRepository participants;
        private final ArrayDeque<Long> drawn = new ArrayDeque<>();
        private int wanted = 1;

        WaitlistRanks(ParticipantRepository participants) {
            this.participants = participants;
        }

        /** At most {@code count} newcomers may still join the line in this transaction: the next draw takes that many. */
        public void expect(int count) {
            wanted = Math.max(1, count);
        }

        long next() {
            if (drawn.isEmpty()) {
                drawn.addAll(wanted == 1 ? List.of(participants.nextWaitlistRank()) : participants.nextWaitlistRanks(wanted));
            }
            return drawn.poll();
        }
    }

    /**
     * Why a seat or a place was refused: a workshop or visit full or cancelled (with the alternatives
     * still open), or no seat left for a category. Each caller turns it into its own answer: a 409 for
     * one registration, a rejected member in a delegation push.
     */
    public record Refusal(CatalogueItem item, List<String> alternatives, Category category) {

        static Refusal unavailable(Catalogue catalogue, CatalogueItem item) {
            return new Refusal(item, catalogue.alternatives(item), null);
        }

        static Refusal noSeat(Category category) {
            return new Refusal(null, List.of(), category);
        }

        /** The request field the refusal is about. */
        public String field() {
            if (item == null) {
                return "category";
            }
            return item.kind == CatalogueKind.FIELD_VISIT ? "fieldVisit" : "workshops";
        }

        public String message() {
            if (item == null) {
                return "no seat is left for category " + category;
            }
            return item.code + (item.open ? " is full" : " is cancelled") + "; still open: "
                    + (alternatives.isEmpty() ? "none" : String.join(", ", alternatives));
        }

        /** The 409 for a caller that refuses the whole request. */
        public ProblemException problem() {
            if (item == null) {
                return ProblemException.conflict("quota-full", message());
            }
            return ProblemException.conflict("choice-unavailable", message(), Map.of("choice", item.code, "alternatives", alternatives));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Locked lock(String edition) {
        Seats seats = quotas.lockSeats(edition);
        return new Locked(seats, catalogues.catalogue(edition), new WaitlistRanks(participants));
    }

    /**
     * Locks the edition for a new registration: refused (409) while the edition, known from programme,
     * has no quotas yet (nobody can take a seat before the organisers set them).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Locked lockOpen(String edition) {
        Locked locked = lock(edition);
        if (locked.seats().quotas().isEmpty()) {
            throw ProblemException.conflict("registration-not-open", "edition " + edition + " has no quotas yet; an organiser "
                    + "sets them with PUT /api/v1/editions/" + edition + "/settings");
        }
        return locked;
    }

    /**
     * Locks the participant's edition, then reloads the participant: what was read before the lock
     * may have been changed by a transaction that held it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Locked lockFor(Participant p) {
        Locked locked = lock(p.edition);
        participants.getEntityManager().refresh(p);
        return locked;
    }

    /** The first of these choices that is full or closed, with the alternatives left. */
    public Optional<Refusal> firstUnavailable(Locked locked, List<String> choices) {
        return locked.catalogue().firstUnavailable(choices).map(item -> Refusal.unavailable(locked.catalogue(), item));
    }

    /**
     * Admits a new (or returning) participant: refused when a chosen workshop or visit is full or
     * closed; otherwise a seat and their workshop places, or a place at the end of their side's
     * waiting list when a quota that applies to them is full. A new participant is persisted, and the
     * registered event followed by confirmed or waitlisted is added to {@code pending}.
     */
    public Optional<Refusal> admit(Participant p, Locked locked, ParticipantEvents.Batch pending) {
        Optional<Refusal> refusal = firstUnavailable(locked, p.choices());
        if (refusal.isPresent()) {
            return refusal;
        }
        if (locked.seats().take(p.side, p.category)) {
            p.status = ParticipantStatus.CONFIRMED;
            p.waitlistRank = null;
            locked.catalogue().take(p.choices());
        } else {
            p.status = ParticipantStatus.WAITLISTED;
            p.waitlistRank = locked.ranks().next();
        }
        if (!participants.isPersistent(p)) {
            participants.persist(p);
        }
        pending.emit(EventTypes.PARTICIPANT_REGISTERED, p);
        pending.emit(p.status == ParticipantStatus.CONFIRMED ? EventTypes.PARTICIPANT_CONFIRMED : EventTypes.PARTICIPANT_WAITLISTED, p);
        // The caller logs the admission: a rush's batch logs each one on its request's thread, not under the lock.
        return Optional.empty();
    }

    /**
     * Moves a confirmed participant's seat and places to new choices and category, all or nothing:
     * when a new choice or the new category has no room, everything they held stays theirs and the
     * refusal says why. A waitlisted participant holds nothing to move. Call before applying the change.
     */
    public Optional<Refusal> reseat(Participant p, List<String> choicesAfter, Category categoryAfter, Locked locked) {
        if (p.status != ParticipantStatus.CONFIRMED) {
            return Optional.empty();
        }
        List<String> choicesBefore = p.choices();
        locked.catalogue().release(choicesBefore);
        Optional<Refusal> unavailable = firstUnavailable(locked, choicesAfter);
        if (unavailable.isPresent()) {
            locked.catalogue().take(choicesBefore);
            return unavailable;
        }
        if (p.category != categoryAfter) {
            locked.seats().release(p.side, p.category);
            if (!locked.seats().take(p.side, categoryAfter)) {
                locked.seats().take(p.side, p.category);
                locked.catalogue().take(choicesBefore);
                return Optional.of(Refusal.noSeat(categoryAfter));
            }
        }
        locked.catalogue().take(choicesAfter);
        return Optional.empty();
    }

    /**
     * Ends a registration (cancelled or withdrawn); a confirmed participant's seat and places go
     * back and the first in line of the side are promoted at once.
     *
     * @return the participants promoted into the freed seat (their promoted events are written)
     */
    public List<Participant> vacate(Participant p, ParticipantStatus next, Locked locked) {
        if (!p.status.canBecome(next)) {
            throw ProblemException.conflict("invalid-transition", "a " + p.status + " registration cannot become " + next);
        }
        boolean heldSeat = p.status == ParticipantStatus.CONFIRMED;
        p.status = next;
        p.waitlistRank = null;
        p.updatedAt = OffsetDateTime.now();
        Log.infof("Participant %s of %s is now %s", p.id, p.edition, next);
        // A registration that ends takes its invitation letter with it.
        letters.revokeFor(p, next == ParticipantStatus.CANCELLED ? InvitationLetter.Revocation.CANCELLED
                : InvitationLetter.Revocation.WITHDRAWN);
        if (!heldSeat) {
            return List.of();
        }
        locked.seats().release(p.side, p.category);
        locked.catalogue().release(p.choices());
        return fillFromWaitlist(p.edition, p.side, locked);
    }

    /**
     * Promotes waitlisted participants of one side, first in line first, while seats are free. Someone
     * whose category cap is full waits on and the next in line gets the seat.
     */
    public List<Participant> fillFromWaitlist(String edition, Side side, Locked locked) {
        List<Participant> promoted = new ArrayList<>();
        if (!locked.seats().hasRoom(side, null)) {
            return promoted;
        }
        for (Participant candidate : participants.waitlist(edition, side)) {
            if (!locked.seats().hasRoom(side, null)) {
                break;
            }
            if (locked.seats().take(side, candidate.category)) {
                promote(candidate, locked);
                promoted.add(candidate);
            }
        }
        return promoted;
    }

    /** Promotes a waitlisted participant whose seat was just taken, and writes the promoted event. */
    public void promote(Participant p, Locked locked) {
        p.status = ParticipantStatus.CONFIRMED;
        p.waitlistRank = null;
        p.updatedAt = OffsetDateTime.now();
        // A workshop or visit that filled up while they waited is dropped rather than overbooked; the
        // event and their registration show what they hold, and they may choose again.
        p.workshops = new ArrayList<>(p.workshops.stream().filter(code -> locked.catalogue().item(code).map(CatalogueItem::hasRoom)
                .orElse(true)).toList());
        if (p.fieldVisit != null && !locked.catalogue().item(p.fieldVisit).map(CatalogueItem::hasRoom).orElse(true)) {
            p.fieldVisit = null;
        }
        locked.catalogue().take(p.choices());
        events.emit(EventTypes.PARTICIPANT_PROMOTED, p);
        Log.infof("Participant %s promoted from the %s waiting list of %s", p.id, p.side, p.edition);
    }
}
