package org.assises.logistics.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.assises.platform.persistence.Bilingual;

/** A hotel proposed for an edition: where it is, what it costs and offers, its room types. */
@Entity
@Table(name = "hotel")
public class Hotel {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String edition;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String address;

    @Column(nullable = false)
    public double latitude;

    @Column(nullable = false)
    public double longitude;

    @Column(nullable = false)
    public int stars;

    @Column(name = "price_per_night", nullable = false)
    public BigDecimal pricePerNight;

    @Column(name = "breakfast_included", nullable = false)
    public boolean breakfastIncluded;

    @Column(name = "breakfast_price")
    public BigDecimal breakfastPrice;

    @Column(nullable = false)
    public boolean kettle;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> amenities = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hotel_room_type", joinColumns = @JoinColumn(name = "hotel_id"))
    public List<RoomType> roomTypes = new ArrayList<>();

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    @Embedded
    public Bilingual description;

    public RoomType roomType(String code) {
        return roomTypes.stream().filter(t -> t.code.equals(code)).findFirst().orElse(null);
    }

    /** A kind of room: its code (SINGLE, TWIN...) and how many people sleep in it. */
    @Embeddable
    public static class RoomType {

        @Column(name = "code", nullable = false)
        public String code;

        @Column(name = "capacity", nullable = false)
        public int capacity;

        @Column(name = "description")
        public String description;

        protected RoomType() {
            // for JPA
        }

        public RoomType(String code, int capacity, String description) {
            this.code = code;
            this.capacity = capacity;
            this.description = description;
        }
    }
}
