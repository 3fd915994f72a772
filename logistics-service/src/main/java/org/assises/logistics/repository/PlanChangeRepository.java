package org.assises.logistics.repository;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import org.assises.logistics.domain.PlanChange;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The list of plan changes. */
@ApplicationScoped
public class PlanChangeRepository implements PanacheRepositoryBase<PlanChange, Long> {

    /** Writes a run's changes in one JDBC batch: a first plan changes hundreds of participants at once. */
    public void insert(List<PlanChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO plan_change (edition, at, participant_id, what, "
                    + "before_value, after_value, cause) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (PlanChange c : changes) {
                    insert.setString(1, c.edition);
                    insert.setTimestamp(2, Timestamp.from(c.at.toInstant()));
                    insert.setObject(3, c.participantId);
                    insert.setString(4, c.what.name());
                    insert.setString(5, c.before);
                    insert.setString(6, c.after);
                    insert.setString(7, c.cause);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    public List<PlanChange> since(String edition, OffsetDateTime since, int limit) {
        return find("edition = ?1 and at >= ?2", Sort.by("id"), edition, since).page(0, limit).list();
    }
}
