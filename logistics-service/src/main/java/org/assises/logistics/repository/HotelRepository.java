package org.assises.logistics.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.logistics.domain.Hotel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** An edition's hotels, by code. */
@ApplicationScoped
public class HotelRepository implements PanacheRepositoryBase<Hotel, UUID> {

    /** The hotels with their room types, in one query. */
    public List<Hotel> ofEdition(String edition) {
        return list("select distinct h from Hotel h left join fetch h.roomTypes where h.edition = ?1 order by h.code", edition);
    }

    public Optional<Hotel> find(String edition, String code) {
        return find("edition = ?1 and code = ?2", edition, code).firstResultOptional();
    }
}
