package org.assises.programme.service;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.platform.problem.ProblemException;
import org.assises.programme.api.EditionRequest;
import org.assises.programme.domain.Edition;
import org.assises.programme.repository.EditionRepository;

/** Records editions and their days. */
@ApplicationScoped
public class EditionService {

    /** The zone of the Assises unless an edition says otherwise. */
    public static final String DEFAULT_ZONE = "Europe/Paris";

    private final EditionRepository editions;

    public EditionService(EditionRepository editions) {
        this.editions = editions;
    }

    /** Creates or updates the edition; returns it and whether it is new. */
    @Transactional
    public Saved save(String code, EditionRequest request) {
        if (request.endDate().isBefore(request.startDate())) {
            throw ProblemException.invalid("endDate", "must not be before startDate");
        }
        String zone = request.timeZone() == null || request.timeZone().isBlank() ? DEFAULT_ZONE : request.timeZone().strip();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ProblemException.invalid("timeZone", "is not a known time zone (e.g. Europe/Paris)");
        }
        Optional<Edition> existing = editions.findByIdOptional(code);
        Edition edition = existing.orElseGet(Edition::new);
        edition.code = code;
        edition.titleFr = request.title().fr().strip();
        edition.titleZh = request.title().zh().strip();
        edition.titleEn = request.title().en();
        edition.startDate = request.startDate();
        edition.endDate = request.endDate();
        edition.timeZone = zone;
        if (existing.isEmpty()) {
            editions.persist(edition);
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
