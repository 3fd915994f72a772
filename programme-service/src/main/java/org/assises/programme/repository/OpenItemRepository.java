package org.assises.programme.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.programme.domain.OpenItem;
import org.assises.programme.domain.OpenItemStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Open items of all editions. */
@ApplicationScoped
public class OpenItemRepository implements PanacheRepositoryBase<OpenItem, UUID> {

    public List<OpenItem> ofEdition(String edition) {
        return list("edition = ?1 order by dueDate, id", edition);
    }

    public List<OpenItem> overdue(String edition, LocalDate today) {
        return list("edition = ?1 and status = ?2 and dueDate < ?3 order by dueDate, id", edition, OpenItemStatus.OPEN, today);
    }

    public List<OpenItem> ofSession(UUID sessionId) {
        return list("sessionId = ?1 order by dueDate, id", sessionId);
    }
}
