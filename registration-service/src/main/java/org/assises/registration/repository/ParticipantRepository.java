package org.assises.registration.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.assises.contracts.ParticipantStatus;
import org.assises.contracts.Side;
import org.assises.registration.domain.Participant;

import org.hibernate.query.NativeQuery;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

/** Participants of all editions. */
@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    public Optional<Participant> findByToken(UUID id, String tokenHash) {
        return find("id = ?1 and tokenHash = ?2", id, tokenHash).firstResultOptional();
    }

    /** The active (confirmed or waitlisted) registration of this e-mail in this edition, if any. */
    public Optional<Participant> activeByEmail(String edition, String email, UUID except) {
        return find("edition = ?1 and lower(email) = lower(?2) and status in ?3 and id <> ?4", edition, email,
                List.of(ParticipantStatus.CONFIRMED, ParticipantStatus.WAITLISTED),
                except == null ? new UUID(0, 0) : except).firstResultOptional();
    }

    /** Which of these e-mails (lower-cased) an active registration of the edition already uses. */
    public Set<String> activeEmails(String edition, Collection<String> emails) {
        List<String> lower = emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList();
        // The statuses as literals, as in the partial unique index participant_email, so that the planner may use it.
        return new HashSet<>(getEntityManager().createQuery("""
                select lower(email) from Participant where edition = ?1 and lower(email) in ?2 and email is not null
                 and status in (org.assises.contracts.ParticipantStatus.CONFIRMED, org.assises.contracts.ParticipantStatus.WAITLISTED)""",
                String.class).setParameter(1, edition).setParameter(2, lower).getResultList());
    }

    /** How many wait in one side's line. */
    public long waitlistLength(String edition, Side side) {
        return count("edition = ?1 and side = ?2 and status = ?3", edition, side, ParticipantStatus.WAITLISTED);
    }

    /** The waiting list of one side, first in line first. */
    public List<Participant> waitlist(String edition, Side side) {
        return list("edition = ?1 and side = ?2 and status = ?3 order by waitlistRank", edition, side, ParticipantStatus.WAITLISTED);
    }

    /** 1-based position in line of a waitlisted participant. */
    public long positionOf(Participant p) {
        if (p.status != ParticipantStatus.WAITLISTED || p.waitlistRank == null) {
            return 0;
        }
        return count("edition = ?1 and side = ?2 and status = ?3 and waitlistRank <= ?4", p.edition, p.side,
                ParticipantStatus.WAITLISTED, p.waitlistRank);
    }

    public long nextWaitlistRank() {
        // Declaring the sequence as the query's only space spares the flush Hibernate would otherwise
        // do before a native query: a push of hundreds of waitlisted members would flush each time.
        NativeQuery<?> next = getEntityManager().createNativeQuery("SELECT nextval('waitlist_rank_seq')").unwrap(NativeQuery.class);
        next.addSynchronizedQuerySpace("waitlist_rank_seq");
        return ((Number) next.getSingleResult()).longValue();
    }

    /** {@code count} ranks from the waiting list's sequence in one round trip, in increasing order. */
    public List<Long> nextWaitlistRanks(int count) {
        NativeQuery<?> next = getEntityManager().createNativeQuery("SELECT nextval('waitlist_rank_seq') FROM generate_series(1, ?1)")
                .unwrap(NativeQuery.class);
        next.addSynchronizedQuerySpace("waitlist_rank_seq");
        next.setParameter(1, count);
        return next.getResultList().stream().map(rank -> ((Number) rank).longValue()).sorted().toList();
    }

    /**
     * One page of an edition's participants in id order, after {@code after} (keyset paging), each row locked
     * FOR SHARE until the caller's transaction ends: a change in flight finishes before the row is read, and a
     * change that comes later waits until the snapshot of the row is in the outbox, so a participant's snapshot
     * and their change events keep the order of the changes on the topic.
     */
    public List<Participant> pageForSnapshot(String edition, UUID after, int size) {
        return find("edition = ?1 and id > ?2 order by id", edition, after).withLock(LockModeType.PESSIMISTIC_READ).page(0, size).list();
    }

    public List<Participant> ofDelegation(UUID delegationId) {
        return list("delegationId = ?1 order by apcaePersonId", delegationId);
    }

    /** One page of the participants that match, ordered by family and given name. */
    public PanacheQuery<Participant> search(ParticipantFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        add(where, params, "edition = :edition", "edition", filter.edition());
        add(where, params, "side = :side", "side", filter.side());
        add(where, params, "category = :category", "category", filter.category());
        add(where, params, "status = :status", "status", filter.status());
        add(where, params, "delegationId in (select d.id from Delegation d where d.apcaeId = :delegation)", "delegation",
                filter.delegation());
        add(where, params, "array_contains(workshops, :workshop)", "workshop", filter.workshop());
        add(where, params, "fieldVisit = :visit", "visit", filter.visit());
        add(where, params, "vip = :vip", "vip", filter.vip());
        if (filter.dietary() != null) {
            where.add(filter.dietary() ? "(dietaryNeeds is not null and dietaryNeeds <> '')" : "(dietaryNeeds is null or dietaryNeeds = '')");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(lower(familyName) like :text or lower(givenName) like :text or nameZh like :text"
                    + " or lower(organisation) like :text or lower(email) like :text)");
            params.put("text", "%" + filter.text().strip().toLowerCase() + "%");
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by familyName, givenName, id";
        Parameters parameters = new Parameters();
        params.forEach(parameters::and);
        PanacheQuery<Participant> found = where.isEmpty() ? findAll(io.quarkus.panache.common.Sort.by("familyName", "givenName", "id"))
                : find(query, parameters.map());
        return found.page(Page.of(page, size));
    }

    /** Counts of one edition's participants by a column: side, category or status. */
    public Map<String, Long> countBy(String edition, String column) {
        String sql = switch (column) {
            case "side", "category", "status" -> "SELECT COALESCE(" + column + ", 'NONE'), count(*) FROM participant"
                    + " WHERE edition = ?1 GROUP BY 1 ORDER BY 1";
            default -> throw new IllegalArgumentException("no count by " + column);
        };
        return toMap(getEntityManager().createNativeQuery(sql).setParameter(1, edition).getResultList());
    }

    /** Confirmed and waitlisted participants per workshop code. */
    public Map<String, Long> countByWorkshop(String edition) {
        return toMap(getEntityManager().createNativeQuery("""
                SELECT w, count(*) FROM participant, unnest(workshops) AS w
                WHERE edition = ?1 AND status IN ('CONFIRMED', 'WAITLISTED') GROUP BY w ORDER BY w""")
                .setParameter(1, edition).getResultList());
    }

    /** Confirmed and waitlisted participants per field-visit code. */
    public Map<String, Long> countByVisit(String edition) {
        return toMap(getEntityManager().createNativeQuery("""
                SELECT field_visit, count(*) FROM participant
                WHERE edition = ?1 AND status IN ('CONFIRMED', 'WAITLISTED') AND field_visit IS NOT NULL
                GROUP BY field_visit ORDER BY field_visit""")
                .setParameter(1, edition).getResultList());
    }

    private static void add(List<String> where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.add(clause);
            params.put(name, value);
        }
    }

    private static Map<String, Long> toMap(List<?> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(String.valueOf(columns[0]), ((Number) columns[1]).longValue());
        }
        return counts;
    }
}
