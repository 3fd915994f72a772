package org.assises.programme.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.programme.domain.ProgrammeVersion;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Published versions; rows are written once and never updated. */
@ApplicationScoped
public class ProgrammeVersionRepository implements PanacheRepositoryBase<ProgrammeVersion, ProgrammeVersion.Key> {

    public Optional<ProgrammeVersion> version(String edition, int number) {
        return findByIdOptional(new ProgrammeVersion.Key(edition, number));
    }

    /** The latest version number, 0 when nothing is published. */
    public int latestNumber(String edition) {
        Number latest = (Number) getEntityManager()
                .createNativeQuery("SELECT COALESCE(MAX(number), 0) FROM programme_version WHERE edition = :edition")
                .setParameter("edition", edition).getSingleResult();
        return latest.intValue();
    }

    /** The first published version that shows this session, speaker or room (its id appears in the snapshot), if any. */
    public Optional<Integer> firstMentioning(String edition, UUID id) {
        List<?> rows = getEntityManager().createNativeQuery(
                "SELECT MIN(number) FROM programme_version WHERE edition = :edition AND CAST(snapshot AS TEXT) LIKE :id")
                .setParameter("edition", edition).setParameter("id", "%" + id + "%").getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty() : Optional.of(((Number) rows.get(0)).intValue());
    }

    /** Summaries without the snapshots, oldest first. */
    public List<ProgrammeVersion> ofEdition(String edition) {
        return list("edition = ?1 order by number", edition);
    }
}
