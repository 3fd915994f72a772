package org.assises.programme.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.platform.persistence.Bilingual;
import org.assises.programme.api.VenueRequest;
import org.assises.programme.domain.Venue;
import org.assises.programme.repository.VenueRepository;

/** Creates and lists venues. */
@ApplicationScoped
public class VenueService {

    private final VenueRepository venues;

    public VenueService(VenueRepository venues) {
        this.venues = venues;
    }

    @Transactional
    public Venue create(String edition, VenueRequest request) {
        Venue venue = new Venue();
        venue.id = UUID.randomUUID();
        venue.edition = edition;
        venue.name = Bilingual.stripped(request.name());
        venue.address = request.address();
        venue.createdAt = OffsetDateTime.now();
        venues.persist(venue);
        return venue;
    }

    public Optional<Venue> find(String edition, UUID id) {
        return venues.findByIdOptional(id).filter(v -> v.edition.equals(edition));
    }

    public List<Venue> ofEdition(String edition) {
        return venues.ofEdition(edition);
    }
}
