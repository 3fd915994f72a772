package org.assises.logistics.repository;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.logistics.domain.PlanChange;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The list of plan changes. */
@ApplicationScoped
public class PlanChangeRepository implements PanacheRepositoryBase<PlanChange, Long> {

    public List<PlanChange> since(String edition, OffsetDateTime since, int limit) {
        return find("edition = ?1 and at >= ?2", Sort.by("id"), edition, since).page(0, limit).list();
    }
}
