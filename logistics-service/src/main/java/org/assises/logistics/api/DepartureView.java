package org.assises.logistics.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.logistics.domain.ShuttlePlanner.Purpose;
import org.assises.logistics.service.PlanQueries;

/** A shuttle departure with its route, vehicle and how full it is. */
public record DepartureView(
        UUID id,
        Purpose purpose,
        @Schema(nullable = true, description = "The field visit's or gala dinner's session code") String sessionCode,
        String route,
        String from,
        String fromName,
        String to,
        String toName,
        OffsetDateTime departsAt,
        int durationMinutes,
        @Schema(nullable = true) String vehicle,
        @Schema(nullable = true) String vehicleLabel,
        int capacity,
        int seatsTaken,
        @Schema(nullable = true) String driver,
        @Schema(nullable = true) String driverPhone,
        @Schema(description = "Made by hand (seats are given by hand) rather than planned from the registrations") boolean manual) {

    static DepartureView from(PlanQueries.DepartureLine l) {
        var d = l.departure();
        var v = l.vehicle();
        return new DepartureView(d.id, d.purpose, d.sessionCode, l.route().code, l.route().fromStop, l.fromName(), l.route().toStop,
                l.toName(), d.departsAt, l.route().durationMinutes, v == null ? null : v.code, v == null ? null : v.label,
                v == null ? 0 : v.capacity, l.seatsTaken(), v == null ? null : v.driver, v == null ? null : v.driverPhone, d.manual());
    }
}
