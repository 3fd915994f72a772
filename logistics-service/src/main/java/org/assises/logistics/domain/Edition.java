package org.assises.logistics.domain;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.assises.contracts.EditionEvent;
import org.assises.platform.editions.EditionFields;

/**
 * An edition as programme-service announces it (name, dates, time zone), with logistics' own settings
 * of it: the hotel specification and the planning parameters.
 */
@Entity
@Table(name = "edition")
public class Edition extends EditionFields {

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "spec_max_price")
    public BigDecimal specMaxPrice;

    @Column(name = "spec_kettle_required", nullable = false)
    public boolean specKettleRequired;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "spec_amenities", columnDefinition = "text[]", nullable = false)
    public List<String> specAmenities = new ArrayList<>();

    @Column(name = "spec_max_distance_m")
    public Integer specMaxDistanceMetres;

    @Column(name = "spec_max_walk_minutes")
    public Integer specMaxWalkingMinutes;

    @Column(name = "spec_min_stars")
    public Integer specMinStars;

    /** Set by the first planning run: from then on, every registration or programme change re-plans. */
    @Column(name = "planned_at")
    public OffsetDateTime plannedAt;

    @Column(name = "pickup_margin_minutes", nullable = false)
    public int pickupMarginMinutes = 20;

    @Column(name = "arrival_window_minutes", nullable = false)
    public int arrivalWindowMinutes = 90;

    @Column(name = "morning_run_at", nullable = false)
    public LocalTime morningRunAt = LocalTime.of(8, 15);

    /** Takes the edition's latest state from programme's event, sent at {@code at}. */
    public void apply(EditionEvent e, OffsetDateTime at) {
        apply(e);
        updatedAt = at;
    }

    public HotelSpecification specification() {
        return new HotelSpecification(specMaxPrice, specKettleRequired, new LinkedHashSet<>(specAmenities), specMaxDistanceMetres,
                specMaxWalkingMinutes, specMinStars);
    }
}
