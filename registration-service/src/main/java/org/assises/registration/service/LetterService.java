package org.assises.registration.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.assises.contracts.LocalizedText;
import org.assises.contracts.ParticipantStatus;
import org.assises.platform.persistence.Bilingual;
import org.assises.platform.problem.ProblemException;
import org.assises.registration.config.PapersConfig;
import org.assises.registration.documents.LetterContent;
import org.assises.registration.documents.LetterPdf;
import org.assises.registration.domain.Civility;
import org.assises.registration.domain.Delegation;
import org.assises.registration.domain.Edition;
import org.assises.registration.domain.InvitationLetter;
import org.assises.registration.domain.InvitationLetter.Revocation;
import org.assises.registration.domain.LetterReference;
import org.assises.registration.domain.LetterSettings;
import org.assises.registration.domain.ManagementToken;
import org.assises.registration.domain.Participant;
import org.assises.registration.domain.Travel;
import org.assises.registration.events.PaperEvents;
import org.assises.registration.repository.DelegationRepository;
import org.assises.registration.repository.EditionRepository;
import org.assises.registration.repository.LetterRepository;
import org.assises.registration.repository.LetterSettingsRepository;
import org.assises.registration.repository.ParticipantRepository;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;

/**
 * Invitation letters: the edition's letter settings, issuing a participant's letter (or a whole
 * delegation's, as one file), the public verification and the revocation when a registration ends.
 * A letter asked for again with nothing changed is the same letter (same reference); a change of the
 * printed data issues a new one and revokes the old.
 */
@ApplicationScoped
public class LetterService {

    private final LetterRepository letters;
    private final LetterSettingsRepository settings;
    private final ParticipantRepository participants;
    private final DelegationRepository delegations;
    private final EditionRepository editions;
    private final PaperEvents events;
    private final PapersConfig config;
    private final LetterReference references;

    public LetterService(LetterRepository letters, LetterSettingsRepository settings, ParticipantRepository participants,
            DelegationRepository delegations, EditionRepository editions, PaperEvents events, PapersConfig config) {
        this.letters = letters;
        this.settings = settings;
        this.participants = participants;
        this.delegations = delegations;
        this.editions = editions;
        this.events = events;
        this.config = config;
        this.references = new LetterReference(config.letterCheckKey());
        if (LaunchMode.current() == LaunchMode.NORMAL && PapersConfig.DEV_LETTER_CHECK_KEY.equals(config.letterCheckKey())) {
            Log.warn("assises.registration.papers.letter-check-key is the development key: anyone can forge a letter's check code;"
                    + " set ASSISES_REGISTRATION_PAPERS_LETTER_CHECK_KEY");
        }
    }

    /** Letters printed as one PDF, and the members of a delegation left out (APCAE person ids) with why. */
    public record Printed(byte[] pdf, int letters, List<String> skipped) {
    }

    /** What the public verification tells: valid or revoked, the name and the dates, nothing more. */
    public record Verification(String reference, boolean valid, String familyName, String givenName, String nameZh,
            LocalDate stayFrom, LocalDate stayTo, LocalDate issuedOn) {
    }

    /** The letter settings as an organiser gives them. */
    public record SettingsInput(LocalizedText letterhead, LocalizedText issuer, LocalizedText address, String signatoryName,
            LocalizedText signatoryTitle, LocalizedText programmeTitle, LocalizedText purpose, LocalizedText place) {
    }

    @Transactional
    public Optional<LetterSettings> settings(String edition) {
        requireEdition(edition);
        return settings.findByIdOptional(edition);
    }

    @Transactional
    public LetterSettings saveSettings(String edition, SettingsInput input) {
        requireEdition(edition);
        LetterSettings s = settings.findByIdOptional(edition).orElseGet(LetterSettings::new);
        s.edition = edition;
        s.letterhead = Bilingual.of(input.letterhead());
        s.issuer = Bilingual.of(input.issuer());
        s.address = Bilingual.of(input.address());
        s.signatoryName = input.signatoryName();
        s.signatoryTitle = Bilingual.of(input.signatoryTitle());
        s.programmeTitle = Bilingual.of(input.programmeTitle());
        s.purpose = Bilingual.of(input.purpose());
        s.place = Bilingual.of(input.place());
        s.updatedAt = OffsetDateTime.now();
        settings.persist(s);
        Log.infof("letter settings of edition %s saved", edition);
        return s;
    }

    /**
     * The letter of one participant: organisers for anyone, APCAE for the members of its own delegations
     * (404 otherwise, as if the person did not exist).
     */
    @Transactional
    public Printed letterFor(UUID participantId, Caller caller) {
        Participant p = participants.findByIdOptional(participantId, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> visible(found, caller))
                .orElseThrow(() -> ProblemException.notFound("No participant " + participantId));
        Edition edition = requireEdition(p.edition);
        LetterSettings s = requireSettings(p.edition);
        refuseIfIneligible(p);
        return new Printed(LetterPdf.render(List.of(issue(p, edition, s, caller))), 1, List.of());
    }

    /**
     * The letters of every confirmed member of a delegation who has passport data, as one PDF sorted by
     * name; the others are reported as skipped. 409 when no member can have one.
     */
    @Transactional
    public Printed delegationLetters(String edition, String apcaeId, Caller caller) {
        Edition e = requireEdition(edition);
        Delegation delegation = delegations.find(edition, apcaeId).filter(d -> d.visibleTo(caller.subject(), caller.organiser()))
                .orElseThrow(() -> ProblemException.notFound("No delegation " + apcaeId + " in edition " + edition));
        LetterSettings s = requireSettings(edition);
        List<Participant> members = new ArrayList<>(participants.ofDelegation(delegation.id));
        if (members.size() > config.maxPrintRun()) {
            throw ProblemException.conflict("print-run-too-large", members.size() + " members: at most " + config.maxPrintRun()
                    + " letters per request");
        }
        members.sort(Comparator.comparing((Participant m) -> m.familyName).thenComparing(m -> m.givenName));
        List<LetterContent> contents = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Participant member : members) {
            String why = ineligibility(member);
            if (why != null) {
                skipped.add(member.apcaePersonId + ": " + why);
                continue;
            }
            participants.getEntityManager().lock(member, LockModeType.PESSIMISTIC_WRITE);
            contents.add(issue(member, e, s, caller));
        }
        if (contents.isEmpty()) {
            throw ProblemException.conflict("no-letter-to-issue", "no member of delegation " + apcaeId
                    + " is confirmed with passport data", java.util.Map.of("skipped", skipped));
        }
        Log.infof("delegation %s of edition %s: %d letters printed, %d members skipped", apcaeId, edition, contents.size(),
                skipped.size());
        return new Printed(LetterPdf.render(contents), contents.size(), skipped);
    }

    /** The public check of a printed letter; empty for an unknown reference and a wrong code alike. */
    @Transactional
    public Optional<Verification> verify(String reference, String code) {
        boolean codeMatches = references.matches(reference, code);
        return letters.byReference(reference).filter(l -> codeMatches).map(l -> new Verification(l.reference, l.isValid(),
                l.familyName, l.givenName, l.nameZh, l.stayFrom, l.stayTo, l.issuedAt.toLocalDate()));
    }

    /** Revokes the participant's valid letter, if any, because their registration ended (in the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeFor(Participant p, Revocation reason) {
        letters.current(p.id).ifPresent(letter -> {
            letter.revoke(reason, OffsetDateTime.now());
            events.letterRevoked(letter, delegationOf(p));
            Log.infof("letter %s of participant %s revoked (%s)", letter.reference, p.id, reason);
        });
    }

    private LetterContent issue(Participant p, Edition edition, LetterSettings s, Caller caller) {
        ZoneId zone = ZoneId.of(edition.timeZone);
        OffsetDateTime arrival = Travel.at(p.arrival);
        OffsetDateTime departure = Travel.at(p.departure);
        LocalDate stayFrom = arrival == null ? edition.startsOn : arrival.atZoneSameInstant(zone).toLocalDate();
        LocalDate stayTo = departure == null ? edition.endsOn : departure.atZoneSameInstant(zone).toLocalDate();
        // Everything printed but the reference, code and issue date: the same fingerprint prints the same letter again.
        LetterContent draft = content(p, edition, s, stayFrom, stayTo, "", "", null);
        String hash = ManagementToken.sha256(draft.toString());
        Optional<InvitationLetter> current = letters.current(p.id);
        InvitationLetter letter;
        if (current.isPresent() && current.get().contentHash.equals(hash)) {
            letter = current.get();
        } else {
            current.ifPresent(old -> {
                old.revoke(Revocation.SUPERSEDED, OffsetDateTime.now());
                events.letterRevoked(old, delegationOf(p));
                // The revocation must reach the database before the new letter: one valid letter per person.
                letters.flush();
            });
            letter = new InvitationLetter();
            letter.id = UUID.randomUUID();
            letter.reference = LetterReference.newReference();
            letter.edition = p.edition;
            letter.participantId = p.id;
            letter.contentHash = hash;
            letter.familyName = p.familyName;
            letter.givenName = p.givenName;
            letter.nameZh = p.nameZh;
            letter.stayFrom = stayFrom;
            letter.stayTo = stayTo;
            letter.issuedAt = OffsetDateTime.now();
            letter.issuedBy = caller.subject();
            letters.persist(letter);
            events.letterIssued(letter, delegationOf(p));
            Log.infof("letter %s issued for participant %s", letter.reference, p.id);
        }
        String code = references.checkCode(letter.reference);
        return content(p, edition, s, stayFrom, stayTo, letter.reference, code, letter.issuedAt.atZoneSameInstant(zone).toLocalDate());
    }

    private LetterContent content(Participant p, Edition edition, LetterSettings s, LocalDate stayFrom, LocalDate stayTo,
            String reference, String code, LocalDate issuedOn) {
        String civility = p.civility == null ? "" : p.civility == Civility.MS ? "Madame" : "Monsieur";
        String verification = reference.isEmpty() ? "" : config.publicUrl() + "/api/v1/invitation-letters/verification?reference="
                + reference + "&code=" + code;
        return new LetterContent(s.letterhead.text(), s.issuer.text(), s.address.text(), s.signatoryName, s.signatoryTitle.text(),
                s.programmeTitle.text(), s.purpose.text(), s.place.text(), venueOf(edition), edition.startsOn, edition.endsOn, civility,
                p.familyName, p.givenName, p.nameZh, p.function, p.organisation, p.passportNumber, p.passportExpiresOn, stayFrom, stayTo,
                reference, code, issuedOn, verification);
    }

    /** The edition's venue in both languages; its address, or its name, while programme has not named the venue. */
    private static LocalizedText venueOf(Edition edition) {
        if (edition.venue != null && edition.venue.fr != null) {
            return new LocalizedText(edition.venue.fr, edition.venue.zh == null ? edition.venue.fr : edition.venue.zh, null);
        }
        String fallback = edition.venueAddress != null ? edition.venueAddress : edition.name.fr;
        return new LocalizedText(fallback, fallback, null);
    }

    private void refuseIfIneligible(Participant p) {
        String why = ineligibility(p);
        if (why != null) {
            throw ProblemException.conflict(p.status != ParticipantStatus.CONFIRMED ? "not-confirmed" : "passport-missing",
                    "no invitation letter: " + why);
        }
    }

    /** Why this participant cannot have a letter, or null when they can. */
    private static String ineligibility(Participant p) {
        if (p.status != ParticipantStatus.CONFIRMED) {
            return "the registration is " + p.status + ", only a confirmed participant is invited";
        }
        if (p.passportNumber == null || p.passportExpiresOn == null) {
            return "passport number and expiry date are required";
        }
        return null;
    }

    private boolean visible(Participant p, Caller caller) {
        if (caller.organiser()) {
            return true;
        }
        return p.delegationId != null && delegations.findByIdOptional(p.delegationId)
                .map(d -> d.visibleTo(caller.subject(), false)).orElse(false);
    }

    private String delegationOf(Participant p) {
        return p.delegationId == null ? null : delegations.findByIdOptional(p.delegationId).map(d -> d.apcaeId).orElse(null);
    }

    private Edition requireEdition(String edition) {
        return editions.findByIdOptional(edition).orElseThrow(() -> ProblemException.notFound("No edition " + edition));
    }

    private LetterSettings requireSettings(String edition) {
        return settings.findByIdOptional(edition).orElseThrow(() -> ProblemException.conflict("letter-settings-missing",
                "the letter settings of edition " + edition + " are not set (PUT /api/v1/editions/" + edition + "/letter-settings)"));
    }
}
