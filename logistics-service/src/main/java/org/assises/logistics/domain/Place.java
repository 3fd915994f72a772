package org.assises.logistics.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.assises.platform.persistence.Bilingual;

/** A place of an edition cars and shuttles go to, with its coordinates; its code names it in routes. */
@Entity
@Table(name = "place")
public class Place {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlaceKind kind;

    @Embedded
    public Bilingual name;

    public String address;

    @Column(nullable = false)
    public double latitude;

    @Column(nullable = false)
    public double longitude;

    /** The programme's name of this venue (French), so that a session held there is found here. */
    @Column(name = "venue_name")
    public String venueName;
}
