package org.assises.programme.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.platform.problem.ProblemException;
import org.assises.programme.api.SpeakerRequest;
import org.assises.programme.domain.Speaker;
import org.assises.programme.repository.SpeakerRepository;

/** Records the speakers of an edition. */
@ApplicationScoped
public class SpeakerService {

    private final SpeakerRepository speakers;
    private final EditionService editions;

    public SpeakerService(SpeakerRepository speakers, EditionService editions) {
        this.speakers = speakers;
        this.editions = editions;
    }

    @Transactional
    public Speaker create(String edition, SpeakerRequest request) {
        editions.require(edition);
        Speaker speaker = new Speaker();
        speaker.id = UUID.randomUUID();
        speaker.edition = edition;
        speaker.createdAt = OffsetDateTime.now();
        apply(speaker, request);
        speakers.persist(speaker);
        return speaker;
    }

    @Transactional
    public Speaker update(String edition, UUID id, SpeakerRequest request) {
        Speaker speaker = find(edition, id).orElseThrow(() -> ProblemException.notFound("No speaker " + id + " in edition " + edition));
        apply(speaker, request);
        return speaker;
    }

    public Optional<Speaker> find(String edition, UUID id) {
        return speakers.findByIdOptional(id).filter(s -> s.edition.equals(edition));
    }

    public List<Speaker> ofEdition(String edition) {
        editions.require(edition);
        return speakers.ofEdition(edition);
    }

    private static void apply(Speaker speaker, SpeakerRequest request) {
        speaker.nameLatin = request.nameLatin().strip();
        speaker.nameZh = request.nameZh();
        speaker.organisation = request.organisation();
        speaker.country = request.country();
        speaker.languages = request.languages() == null ? null : String.join(",", request.languages());
        speaker.bio = request.bio();
    }
}
