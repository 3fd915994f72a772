package org.assises.registration.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.assises.contracts.EditionEvent;
import org.assises.contracts.ParticipantStatus;
import org.assises.contracts.Side;
import org.assises.platform.editions.KnownEditions;
import org.assises.platform.persistence.Bilingual;
import org.assises.platform.problem.Problem.Violation;
import org.assises.platform.problem.ProblemException;
import org.assises.registration.api.CatalogueItemRequest;
import org.assises.registration.api.QuotasRequest;
import org.assises.registration.api.RegistrationSettingsRequest;
import org.assises.registration.config.RegistrationConfig;
import org.assises.registration.domain.CatalogueItem;
import org.assises.registration.domain.Category;
import org.assises.registration.domain.Edition;
import org.assises.registration.domain.Quota;
import org.assises.registration.repository.CatalogueRepository;
import org.assises.registration.repository.EditionRepository;
import org.assises.registration.repository.ParticipantRepository;
import org.assises.registration.repository.QuotaRepository;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Editions as programme-service announces them, and registration's own settings of each (quotas,
 * catalogue): set by organisers, or seeded from a bundled file for the seed editions.
 */
@ApplicationScoped
public class EditionService {

    private final EditionRepository editions;
    private final QuotaRepository quotas;
    private final CatalogueRepository catalogue;
    private final ParticipantRepository participants;
    private final SeatService seats;
    private final RegistrationConfig config;
    private final ObjectMapper mapper;

    public EditionService(EditionRepository editions, QuotaRepository quotas, CatalogueRepository catalogue,
            ParticipantRepository participants, SeatService seats, RegistrationConfig config, ObjectMapper mapper) {
        this.editions = editions;
        this.quotas = quotas;
        this.catalogue = catalogue;
        this.participants = participants;
        this.seats = seats;
        this.config = config;
        this.mapper = mapper;
    }

    /** Seeds the settings of the seed editions programme has already announced; the others are seeded when announced. */
    void seedAtStart(@Observes StartupEvent ignored) {
        for (String code : config.seedEditions().orElse(List.of())) {
            QuarkusTransaction.requiringNew().run(() -> editions.findByIdOptional(code).ifPresent(e -> seed(code)));
        }
    }

    /**
     * Takes programme-service's edition as it now stands (an upsert: the event carries the whole
     * edition). A seed edition gets its bundled settings the first time it is announced.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void learn(EditionEvent event) {
        Optional<Edition> known = editions.findByIdOptional(event.code());
        Edition e = known.orElseGet(Edition::new);
        e.apply(event);
        if (known.isEmpty()) {
            e.learnedAt = OffsetDateTime.now();
            editions.persist(e);
            Log.infof("Edition %s learned from programme-service", e.code);
        } else {
            Log.infof("Edition %s updated from programme-service", e.code);
        }
        if (config.seedEditions().orElse(List.of()).contains(e.code)) {
            editions.flush();
            seed(e.code);
        }
    }

    /** Sets the edition's quotas and catalogue from {@code seed/<code>.json} unless it has quotas; true when it was seeded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean seed(String code) {
        if (!quotas.forEdition(code).isEmpty()) {
            return false;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("seed/" + code + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no seed file seed/" + code + ".json for assises.registration.seed-editions");
            }
            configure(code, mapper.readValue(in, RegistrationSettingsRequest.class));
            Log.infof("Seeded the registration settings of edition %s", code);
            return true;
        } catch (IOException e) {
            throw new IllegalStateException("seed file seed/" + code + ".json is unreadable", e);
        }
    }

    /**
     * Sets registration's own settings of an edition programme announced: its quotas and the
     * catalogue's first items (session events keep the catalogue up to date afterwards). Once only:
     * quotas change with {@link #updateQuotas}.
     */
    @Transactional
    public Edition configure(String code, RegistrationSettingsRequest request) {
        Edition e = KnownEditions.orNotFound(editions.findByIdOptional(code), code);
        List<CatalogueItemRequest> items = request.catalogue() == null ? List.of() : request.catalogue();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (items.get(i).code().equals(items.get(j).code())) {
                    violations.add(new Violation("catalogue[" + i + "].code", "code " + items.get(i).code() + " is used twice"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        seats.lock(code);
        if (!quotas.forEdition(code).isEmpty()) {
            throw ProblemException.conflict("settings-exist", "edition " + code + " has its registration settings already; "
                    + "change the quotas with PUT /api/v1/editions/" + code + "/quotas");
        }
        QuotasRequest q = request.quotas();
        quotas.persist(Quota.of(code, null, null, q.total()));
        quotas.persist(Quota.of(code, Side.FRENCH, null, q.french()));
        quotas.persist(Quota.of(code, Side.CHINESE, null, q.chinese()));
        if (q.categories() != null) {
            q.categories().forEach((category, size) -> quotas.persist(Quota.of(code, null, category, size)));
        }
        OffsetDateTime now = OffsetDateTime.now();
        for (CatalogueItemRequest item : items) {
            // Programme's session events may have brought the item first: they are the truth about it.
            if (catalogue.find(code, item.code()).isPresent()) {
                continue;
            }
            CatalogueItem row = new CatalogueItem();
            row.edition = code;
            row.code = item.code();
            row.kind = item.kind();
            row.title = Bilingual.of(item.title());
            row.capacity = item.capacity();
            row.updatedAt = now;
            catalogue.persist(row);
        }
        Log.infof("Registration settings of edition %s set: %d seats, %d catalogue items", code, q.total(), items.size());
        return e;
    }

    public Optional<Edition> find(String code) {
        return editions.findByIdOptional(code);
    }

    public List<Quota> quotasOf(String code) {
        return quotas.forEdition(code);
    }

    public Map<Side, Long> waitlisted(String code) {
        Map<Side, Long> counts = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            counts.put(side, participants.count("edition = ?1 and side = ?2 and status = ?3", code, side, ParticipantStatus.WAITLISTED));
        }
        return counts;
    }

    public List<CatalogueItem> catalogueOf(String code) {
        requireEdition(code);
        return catalogue.forEdition(code);
    }

    /** Changes the quotas to {@code change(current quotas)} under the seat lock: what a merge patch needs. */
    @Transactional
    public List<Quota> updateQuotas(String code, UnaryOperator<QuotasRequest> change) {
        requireEdition(code);
        seats.lock(code);
        return updateQuotas(code, change.apply(QuotasRequest.of(quotasOf(code))));
    }

    /**
     * Changes the quotas; lowering one below the seats taken is refused as a whole (409). Raised
     * quotas are filled from the waiting lists at once, in the same transaction.
     */
    @Transactional
    public List<Quota> updateQuotas(String code, QuotasRequest request) {
        requireEdition(code);
        SeatService.Locked locked = seats.lock(code);
        Map<String, String> refused = new LinkedHashMap<>();
        List<Quota> current = new ArrayList<>(locked.seats().quotas());
        Map<Category, Integer> caps = request.categories() == null ? Map.of() : request.categories();
        for (Quota q : current) {
            int wanted;
            String name;
            if (q.category != null) {
                if (!caps.containsKey(q.category)) {
                    // A cap removed can never oversell.
                    quotas.delete(q);
                    locked.seats().quotas().remove(q);
                    continue;
                }
                wanted = caps.get(q.category);
                name = "categories." + q.category;
            } else if (q.side == Side.FRENCH) {
                wanted = request.french();
                name = "french";
            } else if (q.side == Side.CHINESE) {
                wanted = request.chinese();
                name = "chinese";
            } else {
                wanted = request.total();
                name = "total";
            }
            if (!q.resize(wanted)) {
                refused.put(name, q.used + " seats are taken, so it cannot go down to " + wanted);
            }
        }
        for (Map.Entry<Category, Integer> cap : caps.entrySet()) {
            if (current.stream().noneMatch(q -> q.category == cap.getKey())) {
                Quota q = Quota.of(code, null, cap.getKey(), cap.getValue());
                q.used = (int) participants.count("edition = ?1 and category = ?2 and status = ?3", code, cap.getKey(),
                        ParticipantStatus.CONFIRMED);
                if (q.used > q.size) {
                    refused.put("categories." + cap.getKey(), q.used + " seats are taken, so it cannot be capped at " + q.size);
                } else {
                    quotas.persist(q);
                    locked.seats().quotas().add(q);
                }
            }
        }
        if (!refused.isEmpty()) {
            throw ProblemException.conflict("quota-below-taken", "quotas cannot go below the seats taken: " + refused,
                    Map.of("refused", refused));
        }
        for (Side side : Side.values()) {
            seats.fillFromWaitlist(code, side, locked);
        }
        return locked.seats().quotas();
    }

    private void requireEdition(String code) {
        KnownEditions.orNotFound(editions.findByIdOptional(code), code);
    }
}
