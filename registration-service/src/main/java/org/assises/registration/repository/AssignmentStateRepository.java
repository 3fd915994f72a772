package org.assises.registration.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** What logistics last said of each participant (hotel, pickups, shuttle seats as JSON), to tell what changed. */
@ApplicationScoped
public class AssignmentStateRepository {

    /** The stored parts: hotel (JSON or null), pickups, shuttle seats. */
    public record State(String hotel, String pickups, String shuttleSeats) {
    }

    private final EntityManager em;

    public AssignmentStateRepository(EntityManager em) {
        this.em = em;
    }

    /** The participant's last state, locked until the transaction ends. */
    public Optional<State> lock(UUID participantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT hotel::text, pickups::text, shuttle_seats::text FROM feed_assignment_state
                WHERE participant_id = :id FOR UPDATE""").setParameter("id", participantId).getResultList();
        return rows.stream().findFirst().map(r -> new State((String) r[0], (String) r[1], (String) r[2]));
    }

    public void save(UUID participantId, State state) {
        em.createNativeQuery("""
                INSERT INTO feed_assignment_state (participant_id, hotel, pickups, shuttle_seats)
                VALUES (:id, CAST(:hotel AS jsonb), CAST(:pickups AS jsonb), CAST(:shuttles AS jsonb))
                ON CONFLICT (participant_id) DO UPDATE SET hotel = EXCLUDED.hotel, pickups = EXCLUDED.pickups,
                    shuttle_seats = EXCLUDED.shuttle_seats""")
                .setParameter("id", participantId).setParameter("hotel", state.hotel())
                .setParameter("pickups", state.pickups()).setParameter("shuttles", state.shuttleSeats()).executeUpdate();
    }
}
