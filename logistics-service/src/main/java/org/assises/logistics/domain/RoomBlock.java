package org.assises.logistics.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** Rooms of one type a hotel sets aside for the edition, night by night, at a negotiated price until a release date. */
@Entity
@Table(name = "room_block")
public class RoomBlock {

    @Id
    public UUID id;

    @Column(name = "hotel_id", nullable = false)
    public UUID hotelId;

    @Column(name = "room_type", nullable = false)
    public String roomType;

    @Column(name = "negotiated_price", nullable = false)
    public BigDecimal negotiatedPrice;

    /** After this date the hotel may sell the rooms not taken. */
    @Column(name = "release_on")
    public LocalDate releaseOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "room_block_night", joinColumns = @JoinColumn(name = "block_id"))
    @MapKeyColumn(name = "night")
    @Column(name = "rooms", nullable = false)
    public Map<LocalDate, Integer> nights = new TreeMap<>();
}
