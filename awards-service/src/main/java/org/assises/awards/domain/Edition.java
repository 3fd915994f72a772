package org.assises.awards.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.assises.platform.editions.EditionFields;

/** An edition as programme-service (its owner) announces it; awards keeps this copy for its calls. */
@Entity
@Table(name = "edition")
public class Edition extends EditionFields {

    /** When programme's latest event about it was applied here. */
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
