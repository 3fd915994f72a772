package org.assises.registration.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.registration.domain.InvitationLetter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Invitation letters by reference and by participant. */
@ApplicationScoped
public class LetterRepository implements PanacheRepositoryBase<InvitationLetter, UUID> {

    public Optional<InvitationLetter> byReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    /** The participant's letter still valid, if any (at most one). */
    public Optional<InvitationLetter> current(UUID participantId) {
        return find("participantId = ?1 and revokedAt is null", participantId).firstResultOptional();
    }

    public List<InvitationLetter> ofParticipant(UUID participantId) {
        return list("participantId = ?1 order by issuedAt", participantId);
    }
}
