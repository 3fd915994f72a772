package org.assises.logistics.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assises.logistics.domain.Car;
import org.assises.logistics.domain.Escort;
import org.assises.logistics.domain.Hotel;
import org.assises.logistics.domain.HotelSpecification;
import org.assises.logistics.domain.Place;
import org.assises.logistics.domain.Route;
import org.assises.logistics.domain.Vehicle;

/** An edition's bundled logistics (the 2018 one): specification, places, hotels, blocks, routes, vehicles, cars, escorts. */
public record ReferenceData(HotelSpecification specification, List<Coded<Place>> places, List<Coded<Hotel>> hotels,
        List<Block> blocks, List<Coded<Route>> routes, List<Coded<Vehicle>> vehicles, List<Coded<Car>> cars,
        List<Coded<Escort>> escorts) {

    /** A record and the code it is created under. */
    public record Coded<T>(String code, T value) {
    }

    /** A room block of a hotel's room type. */
    public record Block(String hotel, String roomType, BigDecimal negotiatedPrice, LocalDate releaseOn, Map<LocalDate, Integer> nights) {
    }

    /** What a load did. */
    public record Loaded(boolean loaded, int places, int hotels, int blocks, int routes, int vehicles, int cars, int escorts) {
    }
}
