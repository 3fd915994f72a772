package org.assises.logistics.domain;

import java.time.Duration;

/** Distances and travel times from coordinates, when no route gives a measured time. */
public final class Geo {

    private static final double EARTH_RADIUS_M = 6_371_000;
    /** Streets are longer than the straight line: the usual detour factor of a city grid. */
    private static final double DETOUR = 1.3;
    /** 4.8 km/h: a walking pace that includes crossings. */
    private static final double WALK_M_PER_MIN = 80;
    /** 30 km/h: a car across Toulouse, traffic included. */
    private static final double DRIVE_M_PER_MIN = 500;

    private Geo() {
    }

    /** Great-circle distance in metres. */
    public static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Walking minutes over the streets for a straight-line distance. */
    public static int walkingMinutes(double metres) {
        return (int) Math.ceil(metres * DETOUR / WALK_M_PER_MIN);
    }

    /** Driving time over the streets for a straight-line distance, at least five minutes. */
    public static Duration driving(double metres) {
        return Duration.ofMinutes(Math.max(5, (long) Math.ceil(metres * DETOUR / DRIVE_M_PER_MIN)));
    }
}
