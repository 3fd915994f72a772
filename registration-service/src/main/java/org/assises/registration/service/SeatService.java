package org.assises.registration.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.contracts.EventTypes;
import org.assises.contracts.Side;
import org.assises.platform.problem.ProblemException;
import org.assises.registration.domain.Catalogue;
import org.assises.registration.domain.CatalogueItem;
import org.assises.registration.domain.Participant;
import org.assises.contracts.ParticipantStatus;
import org.assises.registration.domain.Seats;
import org.assises.registration.events.ParticipantEvents;
import org.assises.registration.repository.CatalogueRepository;
import org.assises.registration.repository.ParticipantRepository;
import org.assises.registration.repository.QuotaRepository;

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

    public SeatService(QuotaRepository quotas, CatalogueRepository catalogues, ParticipantRepository participants,
            ParticipantEvents events) {
        this.quotas = quotas;
        this.catalogues = catalogues;
        this.participants = participants;
        this.events = events;
    }

    /** The edition's seats and catalogue, locked until the transaction ends. */
    public record Locked(Seats seats, Catalogue catalogue) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Locked lock(String edition) {
        Seats seats = quotas.lockSeats(edition);
        return new Locked(seats, catalogues.catalogue(edition));
    }

    /**
     * Refuses (409) a choice of a workshop or visit that is full or closed, naming the alternatives
     * left. Call before {@link #admit} or before changing a confirmed participant's choices.
     */
    public void requireAvailable(Catalogue catalogue, List<String> choices) {
        catalogue.firstUnavailable(choices).ifPresent(item -> {
            throw unavailable(catalogue, item);
        });
    }

    public static ProblemException unavailable(Catalogue catalogue, CatalogueItem item) {
        List<String> alternatives = catalogue.alternatives(item);
        String why = item.open ? "is full" : "is cancelled";
        return ProblemException.conflict("choice-unavailable", item.code + " " + why + "; still open: "
                + (alternatives.isEmpty() ? "none" : String.join(", ", alternatives)),
                Map.of("choice", item.code, "alternatives", alternatives));
    }

    /**
     * Gives a new (or returning) participant a seat and their workshop places, or a place at the end
     * of their side's waiting list when a quota that applies to them is full.
     */
    public void admit(Participant p, Locked locked) {
        if (locked.seats().take(p.side, p.category)) {
            p.status = ParticipantStatus.CONFIRMED;
            p.waitlistRank = null;
            locked.catalogue().take(p.choices());
        } else {
            p.status = ParticipantStatus.WAITLISTED;
            p.waitlistRank = participants.nextWaitlistRank();
        }
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
    }
}
