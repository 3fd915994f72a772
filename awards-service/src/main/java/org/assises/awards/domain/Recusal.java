package org.assises.awards.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A member present at the deliberation who stands aside for one application. */
@Entity
@Table(name = "recusal")
@IdClass(Assignment.Key.class)
public class Recusal {

    @Id
    @Column(name = "juror_id")
    public UUID jurorId;

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(nullable = false)
    public String edition;

    @Column(nullable = false)
    public String reason;
}
