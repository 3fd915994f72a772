package org.assises.awards.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.awards.domain.Criterion;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Criteria of the calls' rulebooks. */
@ApplicationScoped
public class CriterionRepository implements PanacheRepositoryBase<Criterion, UUID> {

    public List<Criterion> ofEdition(String edition) {
        return list("edition", Sort.by("position"), edition);
    }
}
