package org.assises.awards.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.assises.awards.domain.Application;
import org.assises.awards.domain.ApplicationStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Applications of all editions. */
@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    public List<Application> ofEdition(String edition) {
        return list("edition", Sort.by("submittedAt").and("id"), edition);
    }

    public List<Application> ofEdition(String edition, ApplicationStatus status) {
        return list("edition = ?1 and status = ?2", Sort.by("submittedAt").and("id"), edition, status);
    }

    /** Applications the jury judges: eligible, under review or decided. */
    public List<Application> inCompetition(String edition) {
        return list("edition = ?1 and status in ?2", Sort.by("submittedAt").and("id"), edition,
                List.of(ApplicationStatus.ELIGIBLE, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.LAUREATE,
                        ApplicationStatus.MENTION, ApplicationStatus.NOT_SELECTED));
    }

    public Optional<Application> inEdition(String edition, UUID id) {
        return findByIdOptional(id).filter(a -> a.edition.equals(edition));
    }
}
