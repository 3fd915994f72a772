package org.assises.logistics.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One thing that moved in the plans: for whom, what it was, what it is, and why. */
@Entity
@Table(name = "plan_change")
public class PlanChange {

    /** Which plan moved. */
    public enum What { ROOM, VIP_TRANSFER, SHUTTLE_SEAT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String edition;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public What what;

    @Column(name = "before_value")
    public String before;

    @Column(name = "after_value")
    public String after;

    @Column(nullable = false)
    public String cause;
}
