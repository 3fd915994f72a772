package org.assises.logistics.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A shuttle (coach, minibus) with its seats for passengers. */
@Entity
@Table(name = "vehicle")
public class Vehicle {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public int capacity;

    public String driver;

    @Column(name = "driver_phone")
    public String driverPhone;
}
