package org.assises.registration.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.contracts.CheckInEvent;
import org.assises.contracts.EventTypes;
import org.assises.contracts.InvitationLetterEvent;
import org.assises.contracts.Topics;
import org.assises.platform.events.Outbox;
import org.assises.registration.domain.CheckIn;
import org.assises.registration.domain.CheckInList;
import org.assises.registration.domain.InvitationLetter;

/**
 * Writes the events of letters and check-ins to the outbox on {@code registration.participants}, keyed by
 * the participant, in the caller's transaction. No passport data: a letter event names the letter only.
 */
@ApplicationScoped
public class PaperEvents {

    private final Outbox outbox;

    public PaperEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void letterIssued(InvitationLetter letter, String delegationId) {
        outbox.publish(Topics.REGISTRATION_PARTICIPANTS, EventTypes.LETTER_ISSUED, letter.participantId.toString(),
                toEvent(letter, delegationId));
    }

    public void letterRevoked(InvitationLetter letter, String delegationId) {
        outbox.publish(Topics.REGISTRATION_PARTICIPANTS, EventTypes.LETTER_REVOKED, letter.participantId.toString(),
                toEvent(letter, delegationId));
    }

    public void checkedIn(CheckInList list, CheckIn checkIn) {
        outbox.publish(Topics.REGISTRATION_PARTICIPANTS, EventTypes.PARTICIPANT_CHECKED_IN, checkIn.participantId.toString(),
                new CheckInEvent(checkIn.participantId, list.edition, list.id, list.code, list.kind.name(), checkIn.checkedInAt,
                        checkIn.device, checkIn.gate, checkIn.forced));
    }

    private static InvitationLetterEvent toEvent(InvitationLetter letter, String delegationId) {
        return new InvitationLetterEvent(letter.id, letter.reference, letter.participantId, letter.edition, delegationId,
                letter.stayFrom, letter.stayTo, letter.issuedAt, letter.revokedAt,
                letter.revokedReason == null ? null : letter.revokedReason.name());
    }
}
