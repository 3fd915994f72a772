package org.assises.logistics.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A shuttle route from one stop (place or hotel code) to another, with its driving time. */
@Entity
@Table(name = "route")
public class Route {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Column(nullable = false)
    public String code;

    @Column(name = "from_stop", nullable = false)
    public String fromStop;

    @Column(name = "to_stop", nullable = false)
    public String toStop;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;
}
