package org.assises.programme.repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Registration's participants as sign-up counting needs them: per participant, their status and the
 * session codes they currently count for. Plain SQL: this is a read model, not an aggregate.
 */
@ApplicationScoped
public class SignUpRepository {

    private final EntityManager em;

    public SignUpRepository(EntityManager em) {
        this.em = em;
    }

    /** When the participant's last applied event happened, if any was applied. */
    public Optional<OffsetDateTime> lastEventTime(UUID participantId) {
        List<?> rows = em.createNativeQuery("SELECT event_time FROM participant_signup WHERE participant_id = :id FOR UPDATE", OffsetDateTime.class)
                .setParameter("id", participantId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable((OffsetDateTime) rows.get(0));
    }

    /** Replaces what the participant counts for with {@code codes} (empty when their status does not count). */
    public void replace(UUID participantId, String edition, String status, OffsetDateTime eventTime, List<String> codes) {
        em.createNativeQuery("""
                INSERT INTO participant_signup (participant_id, edition, status, event_time) VALUES (:id, :edition, :status, :time)
                ON CONFLICT (participant_id) DO UPDATE SET edition = EXCLUDED.edition, status = EXCLUDED.status,
                    event_time = EXCLUDED.event_time""")
                .setParameter("id", participantId).setParameter("edition", edition).setParameter("status", status)
                .setParameter("time", eventTime).executeUpdate();
        em.createNativeQuery("DELETE FROM participant_choice WHERE participant_id = :id").setParameter("id", participantId)
                .executeUpdate();
        for (String code : codes) {
            em.createNativeQuery("""
                    INSERT INTO participant_choice (participant_id, edition, session_code) VALUES (:id, :edition, :code)
                    ON CONFLICT DO NOTHING""")
                    .setParameter("id", participantId).setParameter("edition", edition).setParameter("code", code).executeUpdate();
        }
    }

    /** Drops the sign-ups for a deleted session's code: nobody counts for a session that is gone. */
    public void forgetSession(String edition, String code) {
        em.createNativeQuery("DELETE FROM participant_choice WHERE edition = :edition AND session_code = :code")
                .setParameter("edition", edition).setParameter("code", code).executeUpdate();
    }

    /** Sign-ups per session code. */
    public Map<String, Integer> counts(String edition) {
        Map<String, Integer> counts = new HashMap<>();
        for (Object row : em.createNativeQuery(
                "SELECT session_code, COUNT(*) FROM participant_choice WHERE edition = :edition GROUP BY session_code")
                .setParameter("edition", edition).getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], ((Number) columns[1]).intValue());
        }
        return counts;
    }

    /** Per participant, the session codes they count for. */
    public Map<UUID, List<String>> picks(String edition) {
        Map<UUID, List<String>> picks = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT participant_id, session_code FROM participant_choice WHERE edition = :edition")
                .setParameter("edition", edition).getResultList()) {
            Object[] columns = (Object[]) row;
            picks.computeIfAbsent((UUID) columns[0], k -> new ArrayList<>()).add((String) columns[1]);
        }
        return picks;
    }
}
