package org.assises.programme.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.programme.domain.Room;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Rooms of all venues. */
@ApplicationScoped
public class RoomRepository implements PanacheRepositoryBase<Room, UUID> {

    public List<Room> ofVenue(UUID venueId) {
        return list("venue.id = ?1 order by name.fr", venueId);
    }
}
