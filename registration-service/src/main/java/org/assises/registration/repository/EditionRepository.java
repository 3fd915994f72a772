package org.assises.registration.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.registration.domain.Edition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Editions by code. */
@ApplicationScoped
public class EditionRepository implements PanacheRepositoryBase<Edition, String> {
}
