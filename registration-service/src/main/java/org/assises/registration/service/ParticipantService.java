package org.assises.registration.service;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.contracts.EventTypes;
import org.assises.registration.api.CreateParticipantRequest;
import org.assises.registration.domain.Participant;
import org.assises.registration.domain.RegistrationStatus;
import org.assises.registration.events.ParticipantEvents;
import org.assises.registration.repository.ParticipantRepository;

/** Registers participants; each change and its event are written in one transaction. */
@ApplicationScoped
public class ParticipantService {

    private final ParticipantRepository participants;
    private final ParticipantEvents events;

    public ParticipantService(ParticipantRepository participants, ParticipantEvents events) {
        this.participants = participants;
        this.events = events;
    }

    /** An organiser registers a participant directly, confirmed at once. */
    @Transactional
    public Participant register(CreateParticipantRequest request) {
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.edition = request.edition();
        p.side = request.side();
        p.status = RegistrationStatus.CONFIRMED;
        p.familyName = request.familyName().strip();
        p.givenName = request.givenName().strip();
        p.nameZh = request.nameZh();
        p.organisation = request.organisation().strip();
        p.email = request.email();
        p.createdAt = OffsetDateTime.now();
        participants.persist(p);
        events.emit(EventTypes.PARTICIPANT_CONFIRMED, p);
        return p;
    }

    public Optional<Participant> find(UUID id) {
        return participants.findByIdOptional(id);
    }
}
