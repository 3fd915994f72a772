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
        return list("edition", Sort.by("code"), edition);
    }

    public boolean codeTaken(String edition, String code) {
        return count("edition = ?1 and code = ?2", edition, code) > 0;
    }
}
