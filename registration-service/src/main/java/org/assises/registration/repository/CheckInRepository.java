package org.assises.registration.repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.registration.domain.CheckIn;
import org.assises.registration.domain.CheckInList;
import org.assises.registration.domain.Scan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Check-in lists, check-ins and scans. */
@ApplicationScoped
public class CheckInRepository implements PanacheRepositoryBase<CheckInList, UUID> {

    public Optional<CheckInList> byCode(String edition, String code) {
        return find("edition = ?1 and code = ?2", edition, code).firstResultOptional();
    }

    public List<CheckInList> ofEdition(String edition) {
        return list("edition = ?1 order by day nulls first, code", edition);
    }

    /** Serialises the scans of one nonce until the transaction ends (a device replaying while the first is in flight). */
    public void lockNonce(String nonce) {
        lock("checkin-nonce:" + nonce);
    }

    /** Serialises the creation of an edition's standard lists until the transaction ends. */
    public void lockStandardLists(String edition) {
        lock("checkin-standard-lists:" + edition);
    }

    private void lock(String key) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))").setParameter(1, key)
                .getSingleResult();
    }

    public Optional<Scan> scan(String nonce) {
        return Optional.ofNullable(getEntityManager().find(Scan.class, nonce));
    }

    public void addScan(Scan scan) {
        getEntityManager().persist(scan);
    }

    /**
     * Writes the check-in unless the person already passed this list; a concurrent scan of the same
     * badge waits for the first to commit and then writes nothing.
     *
     * @return true when this call checked the person in
     */
    public boolean checkIn(CheckIn checkIn) {
        int inserted = getEntityManager().createNativeQuery("""
                INSERT INTO checkin (list_id, participant_id, checked_in_at, device, gate, forced) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT (list_id, participant_id) DO NOTHING""")
                .setParameter(1, checkIn.listId).setParameter(2, checkIn.participantId)
                .setParameter(3, Timestamp.from(checkIn.checkedInAt.toInstant())).setParameter(4, checkIn.device)
                .setParameter(5, checkIn.gate).setParameter(6, checkIn.forced).executeUpdate();
        return inserted == 1;
    }

    public Optional<CheckIn> checkInOf(UUID listId, UUID participantId) {
        return Optional.ofNullable(getEntityManager().find(CheckIn.class, new CheckIn.Key(listId, participantId)));
    }

    public List<CheckIn> checkIns(UUID listId) {
        return getEntityManager().createQuery("from CheckIn c where c.listId = :l", CheckIn.class).setParameter("l", listId)
                .getResultList();
    }
}
