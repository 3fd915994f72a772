package org.assises.programme.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.assises.platform.editions.EditionFields;

/**
 * One edition of the Assises and its days, e.g. assises-2018 from 11 to 13 December 2018 in Toulouse.
 * programme-service owns it: the other services learn it from its {@code EditionEvent}.
 */
@Entity
@Table(name = "edition")
public class Edition extends EditionFields {

    @Column(name = "reference_loaded_at")
    public OffsetDateTime referenceLoadedAt;
}
