package org.assises.awards.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.awards.domain.Assignment;
import org.assises.awards.domain.Recusal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Recusals recorded at the deliberation. */
@ApplicationScoped
public class RecusalRepository implements PanacheRepositoryBase<Recusal, Assignment.Key> {

    public List<Recusal> ofEdition(String edition) {
        return list("edition", edition);
    }
}
