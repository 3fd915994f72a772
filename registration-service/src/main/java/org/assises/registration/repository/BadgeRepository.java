package org.assises.registration.repository;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.registration.domain.Badge;
import org.assises.registration.domain.BadgeSecret;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Badges and their check-in secrets (by hash). */
@ApplicationScoped
public class BadgeRepository implements PanacheRepositoryBase<Badge, UUID> {

    public Optional<BadgeSecret> secret(String secretHash) {
        return Optional.ofNullable(getEntityManager().find(BadgeSecret.class, secretHash));
    }

    /** Retires the participant's current secret, so that the badge printed with it answers "revoked". */
    public void retireSecret(UUID participantId, OffsetDateTime at) {
        getEntityManager().createQuery("update BadgeSecret s set s.retiredAt = :at where s.participantId = :p and s.retiredAt is null")
                .setParameter("at", at).setParameter("p", participantId).executeUpdate();
    }

    public void addSecret(BadgeSecret secret) {
        getEntityManager().persist(secret);
    }
}
