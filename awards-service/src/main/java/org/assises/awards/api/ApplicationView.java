package org.assises.awards.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.awards.domain.Application;
import org.assises.awards.domain.ApplicationStatus;
import org.assises.awards.domain.Contact;
import org.assises.contracts.LocalizedText;
import org.assises.contracts.Theme;

/** An application as its partnership, an organiser or an assigned juror reads it. */
public record ApplicationView(
        UUID id,
        String edition,
        Theme theme,
        @Schema(description = "For the applicant, a decision reads UNDER_REVIEW until the results are published") ApplicationStatus status,
        @Schema(nullable = true, description = "Why it is ineligible; organisers and the applicant only") String statusReason,
        LocalGovernment frenchGovernment,
        LocalGovernment chineseGovernment,
        LocalizedText title,
        LocalizedText summary,
        String innovation,
        String results,
        String filmUrl,
        @Schema(nullable = true, description = "null in a juror's view") List<Contact> contacts,
        OffsetDateTime submittedAt,
        OffsetDateTime updatedAt) {

    /** The organiser's view: everything, the true status. */
    public static ApplicationView forOrganiser(Application a) {
        return of(a, a.status, a.statusReason, a.contacts);
    }

    /** The applicant's view: the decision stays hidden until the results are published. */
    public static ApplicationView forApplicant(Application a, boolean resultsPublished) {
        ApplicationStatus shown = a.statusForApplicant(resultsPublished);
        return of(a, shown, shown == a.status ? a.statusReason : null, a.contacts);
    }

    /** A juror's view: the project, not the contacts. */
    public static ApplicationView forJuror(Application a) {
        return of(a, a.status.isDecision() ? ApplicationStatus.UNDER_REVIEW : a.status, null, null);
    }

    private static ApplicationView of(Application a, ApplicationStatus status, String reason, List<Contact> contacts) {
        return new ApplicationView(a.id, a.edition, a.theme, status, reason,
                new LocalGovernment(a.frenchGovernment.text(), a.frenchRegion),
                new LocalGovernment(a.chineseGovernment.text(), a.chineseProvince), a.title.text(), a.summary.text(),
                a.innovation, a.results, a.filmUrl, contacts, Times.paris(a.submittedAt), Times.paris(a.updatedAt));
    }
}
