package org.assises.awards.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.awards.domain.Edition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Editions as programme-service announced them. */
@ApplicationScoped
public class EditionRepository implements PanacheRepositoryBase<Edition, String> {
}
