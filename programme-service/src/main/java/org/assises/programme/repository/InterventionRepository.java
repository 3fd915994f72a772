package org.assises.programme.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.programme.domain.Intervention;
import org.assises.programme.domain.InterventionStatus;
import org.assises.programme.domain.ProgrammeState;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Talks of all sessions. */
@ApplicationScoped
public class InterventionRepository implements PanacheRepositoryBase<Intervention, UUID> {

    /** All talks of an edition with their speakers, in running order, in one query. */
    public List<Intervention> ofEdition(String edition) {
        return find("select i from Intervention i join fetch i.speaker join fetch i.session s where s.edition = ?1"
                + " order by s.id, i.position nulls last, i.createdAt", edition).list();
    }

    /** The talks that still take time (not withdrawn), as conflict checking needs them, in one query. */
    public List<ProgrammeState.Talk> talks(String edition) {
        return getEntityManager().createQuery("select i.id, i.session.id, i.speaker.id, i.durationMinutes from Intervention i"
                + " where i.session.edition = :edition and i.status <> :withdrawn", Object[].class)
                .setParameter("edition", edition).setParameter("withdrawn", InterventionStatus.WITHDRAWN)
                .getResultStream()
                .map(r -> new ProgrammeState.Talk((UUID) r[0], (UUID) r[1], (UUID) r[2], ((Number) r[3]).intValue()))
                .toList();
    }

    /** Whether another talk of the session already has this place in the running order. */
    /** The next free place at the end of the session's running order. */
    public int nextPosition(UUID sessionId) {
        Integer last = getEntityManager().createQuery("select max(i.position) from Intervention i where i.session.id = :session", Integer.class)
                .setParameter("session", sessionId).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    public boolean positionTaken(UUID sessionId, int position, UUID except) {
        return count("session.id = ?1 and position = ?2 and id <> ?3", sessionId, position,
                except == null ? new UUID(0, 0) : except) > 0;
    }

    public List<Intervention> ofSession(UUID sessionId) {
        return find("select i from Intervention i join fetch i.speaker where i.session.id = ?1 order by i.position nulls last, i.createdAt", sessionId).list();
    }
}
