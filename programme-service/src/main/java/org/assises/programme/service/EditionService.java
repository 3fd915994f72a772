package org.assises.programme.service;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.contracts.EditionEvent;
import org.assises.platform.persistence.Bilingual;
import org.assises.platform.problem.ProblemException;
import org.assises.programme.api.EditionRequest;
import org.assises.programme.domain.Edition;
import org.assises.programme.events.EditionEvents;
import org.assises.programme.repository.EditionRepository;

import io.quarkus.logging.Log;

/** Records editions and their days. */
@ApplicationScoped
public class EditionService {

    /** The zone of the Assises unless an edition says otherwise. */
    public static final String DEFAULT_ZONE = "Europe/Paris";

    private final EditionRepository editions;
    private final EditionEvents events;

    public EditionService(EditionRepository editions, EditionEvents events) {
        this.editions = editions;
        this.events = events;
    }

    /**
     * Creates or updates the edition; returns it and whether it is new. The other services learn it
     * from the edition event written in the same transaction (changed only when something changed).
     */
    @Transactional
    public Saved save(String code, EditionRequest request) {
        if (request.endsOn().isBefore(request.startsOn())) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
        String zone = request.timeZone() == null || request.timeZone().isBlank() ? DEFAULT_ZONE : request.timeZone().strip();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ProblemException.invalid("timeZone", "is not a known time zone (e.g. Europe/Paris)");
        }
        Optional<Edition> existing = editions.findByIdOptional(code);
        Edition edition = existing.orElseGet(Edition::new);
        EditionEvent before = existing.map(Edition::toEvent).orElse(null);
        edition.code = code;
        edition.name = Bilingual.stripped(request.name());
        edition.startsOn = request.startsOn();
        edition.endsOn = request.endsOn();
        edition.timeZone = zone;
        edition.venue = Bilingual.of(request.venue());
        edition.venueAddress = request.venueAddress() == null || request.venueAddress().isBlank() ? null : request.venueAddress().strip();
        if (existing.isEmpty()) {
            editions.persist(edition);
            events.created(edition);
            Log.infof("Edition %s created", code);
        } else if (!edition.toEvent().equals(before)) {
            events.changed(edition);
            Log.infof("Edition %s changed", code);
        }
        return new Saved(edition, existing.isEmpty());
    }

    public Optional<Edition> find(String code) {
        return editions.findByIdOptional(code);
    }

    /** The edition, or a 404 telling the organiser to create it first. */
    public Edition require(String code) {
        return editions.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("No edition " + code + "; create it first with PUT /api/v1/editions/" + code));
    }

    /** An edition just saved, and whether the save created it. */
    public record Saved(Edition edition, boolean created) {
    }
}
