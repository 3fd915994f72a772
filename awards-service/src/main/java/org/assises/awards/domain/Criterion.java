package org.assises.awards.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.assises.platform.persistence.Bilingual;

/** A scoring criterion of a call's rulebook (innovation, the film...), with its weight. */
@Entity
@Table(name = "criterion")
public class Criterion {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public int position;

    @Embedded
    public Bilingual name;

    @Column(nullable = false)
    public double weight;
}
