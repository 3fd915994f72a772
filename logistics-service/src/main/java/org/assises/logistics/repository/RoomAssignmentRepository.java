package org.assises.logistics.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.logistics.domain.RoomAssignment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Who sleeps where. */
@ApplicationScoped
public class RoomAssignmentRepository implements PanacheRepositoryBase<RoomAssignment, UUID> {

    public List<RoomAssignment> ofEdition(String edition) {
        return list("edition", Sort.by("hotelId").and("roomType").and("room").and("participantId"), edition);
    }

    public List<RoomAssignment> ofHotel(UUID hotel) {
        return list("hotelId", Sort.by("roomType").and("room").and("participantId"), hotel);
    }
}
