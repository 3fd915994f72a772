package org.assises.programme.service;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.assises.contracts.SessionStatus;
import org.assises.platform.problem.ProblemException;
import org.assises.programme.api.PublishedProgramme.PublishedIntervention;
import org.assises.programme.api.PublishedProgramme.PublishedSession;
import org.assises.programme.api.PublishedProgramme.PublishedSpeaker;
import org.assises.programme.api.PublishedProgramme;
import org.assises.programme.api.PublishedProgramme.Laureates;
import org.assises.contracts.AwardResults;
import org.assises.programme.domain.SessionKind;
import org.assises.programme.repository.AwardResultsRepository;
import org.assises.programme.api.SessionResponse;
import org.assises.programme.api.WarningResponse;
import org.assises.programme.domain.Edition;
import org.assises.programme.domain.Intervention;
import org.assises.programme.domain.ProgrammeVersion;
import org.assises.programme.domain.Session;
import org.assises.programme.domain.VersionRef;
import org.assises.programme.events.SessionEvents;
import org.assises.programme.repository.EditionRepository;
import org.assises.programme.repository.InterventionRepository;
import org.assises.programme.repository.ProgrammeVersionRepository;
import org.assises.programme.repository.SessionRepository;
import org.assises.programme.repository.SignUpRepository;

import io.quarkus.logging.Log;

/**
 * Publishes numbered, frozen versions of an edition's programme and serves them. A version never
 * changes once written, so its JSON is kept in memory after the first read.
 */
@ApplicationScoped
public class PublicationService {

    private final ProgrammeVersionRepository versions;
    private final SessionRepository sessions;
    private final InterventionRepository interventions;
    private final SignUpRepository signUps;
    private final AwardResultsRepository awardResults;
    private final EditionRepository editionRepository;
    private final EditionService editions;
    private final WarningService warnings;
    private final SessionEvents events;
    private final ObjectMapper mapper;
    private final Map<ProgrammeVersion.Key, Frozen> cache = new ConcurrentHashMap<>();

    public PublicationService(ProgrammeVersionRepository versions, SessionRepository sessions, InterventionRepository interventions,
            SignUpRepository signUps, AwardResultsRepository awardResults, EditionRepository editionRepository, EditionService editions, WarningService warnings,
            SessionEvents events, ObjectMapper mapper) {
        this.versions = versions;
        this.sessions = sessions;
        this.interventions = interventions;
        this.signUps = signUps;
        this.awardResults = awardResults;
        this.editionRepository = editionRepository;
        this.editions = editions;
        this.warnings = warnings;
        this.events = events;
        this.mapper = mapper;
    }

    /**
     * Freezes the working programme as the next version. Refused (409, with the warnings) while the
     * programme has warnings the organiser has not acknowledged, and (409 naming it) when nothing changed since
     * the latest version.
     */
    @Transactional
    public ProgrammeVersion publish(String editionCode, boolean acknowledgeWarnings, String publishedBy) {
        Edition edition = editions.require(editionCode);
        // One publisher per edition at a time: version numbers follow each other without gaps or doubles.
        editionRepository.lock(editionCode);
        List<Session> all = sessions.ofEdition(editionCode);
        WarningService.Result result = warnings.compute(edition, all, signUps.counts(editionCode));
        if (!result.warnings().isEmpty() && !acknowledgeWarnings) {
            List<WarningResponse> listed = result.warnings().stream().map(w -> WarningResponse.from(w, result.codes())).toList();
            throw ProblemException.conflict("unacknowledged-warnings", "The programme has " + listed.size()
                    + " warning(s); publish with {\"acknowledgeWarnings\": true} to publish despite them", Map.of("warnings", listed));
        }
        List<Session> published = all.stream().filter(s -> s.status != SessionStatus.DRAFT).toList();
        if (published.isEmpty()) {
            throw ProblemException.conflict("nothing-to-publish", "Edition " + editionCode
                    + " has no session beyond drafts; mark sessions tentative or confirmed first");
        }
        ProgrammeVersion version = new ProgrammeVersion();
        version.edition = editionCode;
        int latest = versions.latestNumber(editionCode);
        version.number = latest + 1;
        version.publishedAt = OffsetDateTime.now(edition.zone()).withNano(0);
        version.publishedBy = publishedBy;
        version.sessionCount = published.size();
        version.acknowledgedWarnings = result.warnings().size();
        version.snapshot = write(snapshot(edition, version, published));
        if (latest > 0 && versions.version(editionCode, latest).map(v -> sameContent(read(v.snapshot), read(version.snapshot))).orElse(false)) {
            // A double click or a publish with nothing changed: calendars must not see a new SEQUENCE for nothing.
            throw ProblemException.conflict("unchanged-since-last-version", "Nothing changed since version " + latest + " of edition "
                    + editionCode + "; it is still the published programme", Map.of("version", latest));
        }
        versions.persist(version);
        events.published(version);
        Log.infof("Programme of %s published as version %d: %d sessions, %d warnings acknowledged", editionCode, version.number,
                version.sessionCount, version.acknowledgedWarnings);
        return version;
    }

    public List<ProgrammeVersion> list(String editionCode) {
        editions.require(editionCode);
        return versions.ofEdition(editionCode);
    }

    /** The version's JSON as published, showing the laureates once awards-service has announced them. */
    public Optional<String> json(String edition, VersionRef version) {
        Optional<Frozen> frozen = frozen(edition, version);
        if (frozen.isEmpty()) {
            return Optional.empty();
        }
        // The frozen JSON is served as is until the laureates are known: the common case costs no re-serialisation.
        return Optional.of(laureates(edition).map(l -> write(frozen.get().programme().withLaureates(l))).orElse(frozen.get().json()));
    }

    /**
     * Whether the version has an award ceremony whose laureates are not announced yet: its JSON will change
     * once, when they are, so it may not be cached for good.
     */
    public boolean awaitsLaureates(String edition, VersionRef version) {
        return frozen(edition, version).map(f -> f.programme().sessions().stream().anyMatch(s -> s.kind() == SessionKind.AWARD_CEREMONY)
                && laureates(edition).isEmpty()).orElse(false);
    }

    /**
     * The working programme, drafts included, shaped like a published version numbered 0: what organisers
     * print to check before publishing.
     */
    @Transactional
    public PublishedProgramme workingDraft(String editionCode) {
        Edition edition = editions.require(editionCode);
        ProgrammeVersion draft = new ProgrammeVersion();
        draft.number = 0;
        draft.publishedAt = OffsetDateTime.now(edition.zone()).withNano(0);
        return snapshot(edition, draft, sessions.ofEdition(editionCode));
    }

    /** The version as published, showing the laureates once announced. */
    public Optional<PublishedProgramme> programme(String edition, VersionRef version) {
        Optional<PublishedProgramme> programme = frozen(edition, version).map(Frozen::programme);
        Optional<Laureates> laureates = programme.isPresent() ? laureates(edition) : Optional.empty();
        return laureates.isPresent() ? programme.map(p -> p.withLaureates(laureates.get())) : programme;
    }

    private Optional<Laureates> laureates(String edition) {
        return awardResults.results(edition).map(json -> {
            try {
                return Laureates.of(mapper.readValue(json, AwardResults.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("kept award results cannot be read back", e);
            }
        });
    }

    private Optional<Frozen> frozen(String edition, VersionRef version) {
        int wanted = version.latest() ? versions.latestNumber(edition) : version.number();
        if (wanted == 0) {
            return Optional.empty();
        }
        ProgrammeVersion.Key key = new ProgrammeVersion.Key(edition, wanted);
        Frozen hit = cache.get(key);
        if (hit != null) {
            return Optional.of(hit);
        }
        return versions.version(edition, wanted).map(v -> cache.computeIfAbsent(key, k -> new Frozen(v.snapshot, read(v.snapshot))));
    }

    private PublishedProgramme snapshot(Edition edition, ProgrammeVersion version, List<Session> published) {
        ZoneId zone = edition.zone();
        Map<UUID, List<PublishedIntervention>> talks = interventions.ofEdition(edition.code).stream()
                .collect(Collectors.groupingBy(i -> i.session.id, Collectors.mapping(PublicationService::published, Collectors.toList())));
        List<PublishedSession> list = published.stream().map(s -> new PublishedSession(s.id, s.number, s.code, s.kind, s.title(),
                s.description(), s.theme, s.status, s.startsAt.atZoneSameInstant(zone).toOffsetDateTime(),
                s.endsAt.atZoneSameInstant(zone).toOffsetDateTime(), SessionResponse.venueOf(s), SessionResponse.roomOf(s),
                s.effectiveCapacity(), s.audience, s.coChairs(), talks.getOrDefault(s.id, List.of()), null)).toList();
        return new PublishedProgramme(edition.code, version.number, version.publishedAt, edition.name.text(), edition.startsOn,
                edition.endsOn, edition.timeZone, list);
    }

    /** Two versions show the same programme: everything but their number and publication time is equal. */
    private static boolean sameContent(PublishedProgramme a, PublishedProgramme b) {
        return a.sessions().equals(b.sessions()) && Objects.equals(a.title(), b.title()) && Objects.equals(a.firstDay(), b.firstDay())
                && Objects.equals(a.lastDay(), b.lastDay()) && Objects.equals(a.timeZone(), b.timeZone());
    }

    private static PublishedIntervention published(Intervention i) {
        return new PublishedIntervention(i.id, i.position, i.title(), i.durationMinutes, i.status,
                new PublishedSpeaker(i.speaker.id, i.speaker.nameLatin, i.speaker.nameZh, i.speaker.organisation, i.speaker.country,
                        i.speaker.languageList()));
    }

    private String write(PublishedProgramme programme) {
        try {
            return mapper.writeValueAsString(programme);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the programme cannot be written as JSON", e);
        }
    }

    private PublishedProgramme read(String json) {
        try {
            return mapper.readValue(json, PublishedProgramme.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a published version cannot be read back", e);
        }
    }

    /** A published version as JSON and as records. */
    private record Frozen(String json, PublishedProgramme programme) {
    }
}
