package org.assises.awards.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.awards.domain.Prize;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Prizes of all editions. */
@ApplicationScoped
public class PrizeRepository implements PanacheRepositoryBase<Prize, UUID> {

    public List<Prize> ofEdition(String edition) {
        return list("edition", Sort.by("theme").and("nameFr"), edition);
    }

    public boolean nameTaken(String edition, String nameFr) {
        return count("edition = ?1 and lower(nameFr) = lower(?2)", edition, nameFr) > 0;
    }
}
