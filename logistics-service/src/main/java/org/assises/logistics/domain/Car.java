package org.assises.logistics.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A car with its driver, for VIP transfers. */
@Entity
@Table(name = "car")
public class Car {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String label;

    /** Passenger seats (the driver not counted): a VIP and an escort need two. */
    @Column(nullable = false)
    public int seats;

    @Column(nullable = false)
    public String driver;

    @Column(name = "driver_phone")
    public String driverPhone;
}
