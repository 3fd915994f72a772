package org.assises.programme.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.assises.platform.problem.ProblemException;
import org.assises.programme.api.SpeakerRequest;
import org.assises.programme.domain.Speaker;
import org.assises.programme.repository.InterventionRepository;
import org.assises.programme.repository.ProgrammeVersionRepository;
import org.assises.programme.repository.SpeakerRepository;

import io.quarkus.logging.Log;

/** Records the speakers of an edition. */
@ApplicationScoped
public class SpeakerService {

    private final SpeakerRepository speakers;
    private final EditionService editions;

    private final InterventionRepository interventions;
    private final ProgrammeVersionRepository versions;

    public SpeakerService(SpeakerRepository speakers, EditionService editions, InterventionRepository interventions,
            ProgrammeVersionRepository versions) {
        this.speakers = speakers;
        this.interventions = interventions;
        this.versions = versions;
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

    /** Changes the speaker to {@code change(current state)}: a PUT's body, or a merge patch applied to the current state. */
    @Transactional
    public Speaker update(String edition, UUID id, UnaryOperator<SpeakerRequest> change) {
        Speaker speaker = locked(edition, id);
        apply(speaker, change.apply(SpeakerRequest.of(speaker)));
        return speaker;
    }

    /** Removes a speaker entered by mistake: one with no talk and in no published version. */
    @Transactional
    public void delete(String edition, UUID id) {
        Speaker speaker = locked(edition, id);
        long talks = interventions.count("speaker.id", id);
        if (talks > 0) {
            throw ProblemException.conflict("speaker-has-talks", "Speaker " + id + " has " + talks + " talk(s); remove or reassign them first");
        }
        versions.firstMentioning(edition, id).ifPresent(v -> {
            throw ProblemException.conflict("published-speaker", "Speaker " + id + " is in published version " + v, Map.of("version", v));
        });
        speakers.delete(speaker);
        Log.infof("Speaker %s of %s deleted", id, edition);
    }

    private Speaker locked(String edition, UUID id) {
        return speakers.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(s -> s.edition.equals(edition))
                .orElseThrow(() -> ProblemException.notFound("No speaker " + id + " in edition " + edition));
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
