package org.assises.registration.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.registration.domain.LetterSettings;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The letter settings of each edition, by edition code. */
@ApplicationScoped
public class LetterSettingsRepository implements PanacheRepositoryBase<LetterSettings, String> {
}
