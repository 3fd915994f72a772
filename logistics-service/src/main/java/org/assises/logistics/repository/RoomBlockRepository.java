package org.assises.logistics.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.logistics.domain.RoomBlock;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Room blocks, per hotel and room type. */
@ApplicationScoped
public class RoomBlockRepository implements PanacheRepositoryBase<RoomBlock, UUID> {

    public List<RoomBlock> ofHotels(List<UUID> hotels) {
        return hotels.isEmpty() ? List.of() : list("select distinct b from RoomBlock b left join fetch b.nights where b.hotelId in ?1", hotels);
    }

    public Optional<RoomBlock> find(UUID hotel, String roomType) {
        return find("hotelId = ?1 and roomType = ?2", hotel, roomType).firstResultOptional();
    }
}
