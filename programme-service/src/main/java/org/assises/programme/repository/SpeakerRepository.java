package org.assises.programme.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.programme.domain.Speaker;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Speakers of all editions. */
@ApplicationScoped
public class SpeakerRepository implements PanacheRepositoryBase<Speaker, UUID> {

    public List<Speaker> ofEdition(String edition) {
        return list("edition = ?1 order by nameLatin", edition);
    }
}
