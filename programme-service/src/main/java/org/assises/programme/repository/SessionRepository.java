package org.assises.programme.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.assises.programme.domain.Session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Sessions of all editions. */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {

    /** The edition's sessions in time order, rooms and venues fetched in the same query. */
    public List<Session> ofEdition(String edition) {
        return find("select s from Session s left join fetch s.room r left join fetch r.venue where s.edition = ?1"
                + " order by s.startsAt, s.code", edition).list();
    }

    public Optional<Session> inEdition(String edition, UUID id) {
        return find("select s from Session s left join fetch s.room r left join fetch r.venue where s.id = ?1 and s.edition = ?2",
                id, edition).firstResultOptional();
    }

    /** The session, locked until the transaction ends, so that its running order is changed by one writer at a time. */
    public Optional<Session> lockedInEdition(String edition, UUID id) {
        return find("id = ?1 and edition = ?2", id, edition).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * One page of an edition's sessions in id order after {@code after} (keyset paging), for a snapshot: their
     * rooms, then the sessions, locked FOR SHARE until the transaction ends, in the order the writers lock them
     * (a room's change locks the room, then touches its sessions). A change in flight finishes before the page
     * is read; a later one waits until the snapshots are in the outbox, so they keep the order of the changes.
     */
    public List<Session> pageForSnapshot(String edition, UUID after, int size) {
        getEntityManager().createNativeQuery("""
                SELECT r.id FROM room r WHERE r.id IN (
                  SELECT s.room_id FROM programme_session s WHERE s.edition = ?1 AND s.id > ?2 ORDER BY s.id LIMIT ?3)
                FOR SHARE""").setParameter(1, edition).setParameter(2, after).setParameter(3, size).getResultList();
        return find("edition = ?1 and id > ?2 order by id", edition, after).withLock(LockModeType.PESSIMISTIC_READ).page(0, size).list();
    }

    public Optional<Session> byCode(String edition, String code) {
        return find("edition = ?1 and code = ?2", edition, code).firstResultOptional();
    }

    public List<Session> inRoom(UUID roomId) {
        return list("room.id", roomId);
    }
}
