package org.assises.registration.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.contracts.SessionEvent;
import org.assises.contracts.SessionStatus;
import org.assises.platform.persistence.Bilingual;
import org.assises.registration.domain.CatalogueItem;
import org.assises.registration.domain.CatalogueKind;
import org.assises.registration.repository.CatalogueRepository;

import io.quarkus.logging.Log;

/** Applies programme-service's sessions to the catalogue of workshops and field visits. */
@ApplicationScoped
public class CatalogueService {

    private final CatalogueRepository catalogue;
    private final SeatService seats;

    public CatalogueService(CatalogueRepository catalogue, SeatService seats) {
        this.catalogue = catalogue;
        this.seats = seats;
    }

    /**
     * Creates or updates the item of the session's (edition, code); a cancelled session closes it, a restored one
     * re-opens it.
     * Sessions of other kinds (opening, gala dinner...) are not offered at registration and ignored.
     * A capacity lowered below the places already held leaves the item full; nobody is dropped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(SessionEvent session, boolean cancelled) {
        CatalogueKind kind = CatalogueKind.fromSessionKind(session.kind());
        if (kind == null) {
            return;
        }
        seats.lock(session.edition());
        CatalogueItem item = catalogue.find(session.edition(), session.code()).orElseGet(() -> {
            CatalogueItem created = new CatalogueItem();
            created.edition = session.edition();
            created.code = session.code();
            return created;
        });
        item.kind = kind;
        if (session.title() != null) {
            item.title = Bilingual.of(session.title());
        }
        // An item must have a title in both languages: the session's code stands in for a missing one.
        String fr = item.title == null || item.title.fr == null ? session.code() : item.title.fr;
        String zh = item.title == null || item.title.zh == null ? session.code() : item.title.zh;
        item.title = new Bilingual(fr, zh, item.title == null ? null : item.title.en);
        item.capacity = session.capacity();
        item.open = !cancelled && session.status() != SessionStatus.CANCELLED;
        item.sessionId = session.sessionId();
        item.updatedAt = OffsetDateTime.now();
        if (item.id == null) {
            catalogue.persist(item);
        }
        Log.infof("Catalogue item %s/%s: capacity %s, %s", item.edition, item.code, item.capacity, item.open ? "open" : "closed");
    }

    /**
     * A deleted session closes its item for good: participants (confirmed or waiting) may have chosen it, so the
     * item stays, closed, for organisers to see who must choose again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(SessionEvent session) {
        seats.lock(session.edition());
        catalogue.find(session.edition(), session.code()).ifPresent(item -> {
            item.open = false;
            item.updatedAt = OffsetDateTime.now();
            Log.infof("Catalogue item %s/%s closed: its session was deleted, %d places held", item.edition, item.code, item.taken);
        });
    }
}
