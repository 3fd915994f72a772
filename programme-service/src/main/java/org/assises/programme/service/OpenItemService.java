package org.assises.programme.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.assises.platform.problem.ProblemException;
import org.assises.programme.api.OpenItemRequest;
import org.assises.programme.domain.Edition;
import org.assises.programme.domain.OpenItem;
import org.assises.programme.domain.OpenItemStatus;
import org.assises.programme.repository.OpenItemRepository;
import org.assises.programme.repository.SessionRepository;

/** Keeps track of what is still to settle ("reste à définir") and of what is overdue. */
@ApplicationScoped
public class OpenItemService {

    private final OpenItemRepository items;
    private final SessionRepository sessions;
    private final EditionService editions;

    public OpenItemService(OpenItemRepository items, SessionRepository sessions, EditionService editions) {
        this.items = items;
        this.sessions = sessions;
        this.editions = editions;
    }

    @Transactional
    public OpenItem create(String edition, OpenItemRequest request) {
        editions.require(edition);
        validate(edition, request);
        OpenItem item = new OpenItem();
        item.id = UUID.randomUUID();
        item.edition = edition;
        item.createdAt = OffsetDateTime.now();
        apply(item, request);
        items.persist(item);
        return item;
    }

    /** Changes the item to {@code change(current state)}: a PUT's body, or a merge patch applied to the current state. */
    @Transactional
    public OpenItem update(String edition, UUID id, UnaryOperator<OpenItemRequest> change) {
        OpenItem item = items.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(i -> i.edition.equals(edition))
                .orElseThrow(() -> ProblemException.notFound("No open item " + id + " in edition " + edition));
        OpenItemRequest request = change.apply(OpenItemRequest.of(item));
        validate(edition, request);
        apply(item, request);
        return item;
    }

    public Optional<OpenItem> find(String edition, UUID id) {
        return items.findByIdOptional(id).filter(i -> i.edition.equals(edition));
    }

    /** The edition's items, or only those past their due date and still open. */
    public List<OpenItem> list(String editionCode, boolean overdueOnly) {
        Edition edition = editions.require(editionCode);
        return overdueOnly ? items.overdue(editionCode, today(edition)) : items.ofEdition(editionCode);
    }

    public LocalDate today(String editionCode) {
        return editions.find(editionCode).map(OpenItemService::today).orElse(LocalDate.now());
    }

    private static LocalDate today(Edition edition) {
        return LocalDate.now(edition.zone());
    }

    private void validate(String edition, OpenItemRequest request) {
        if (request.sessionId() == null && (request.subject() == null || request.subject().isBlank())) {
            throw ProblemException.invalid("subject", "name the side event or topic when the item is not about a session");
        }
        if (request.sessionId() != null && sessions.inEdition(edition, request.sessionId()).isEmpty()) {
            throw ProblemException.invalid("sessionId", "no such session in edition " + edition);
        }
    }

    private static void apply(OpenItem item, OpenItemRequest request) {
        item.sessionId = request.sessionId();
        item.subject = request.subject() == null || request.subject().isBlank() ? null : request.subject().strip();
        item.description = request.description().strip();
        item.owner = request.owner().strip();
        item.dueDate = request.dueDate();
        item.status = request.status() == null ? OpenItemStatus.OPEN : request.status();
        item.updatedAt = OffsetDateTime.now();
    }
}
