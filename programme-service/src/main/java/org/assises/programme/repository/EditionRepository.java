package org.assises.programme.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.programme.domain.Edition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Editions, by code. */
@ApplicationScoped
public class EditionRepository implements PanacheRepositoryBase<Edition, String> {

    /** Serialises writers of one edition (publication, reference loading) until the transaction ends. */
    public void lock(String edition) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "programme-edition:" + edition).getSingleResult();
    }
}
