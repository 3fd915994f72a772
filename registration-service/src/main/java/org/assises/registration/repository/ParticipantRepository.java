package org.assises.registration.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.registration.domain.Participant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Participants of all editions. */
@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {
}
