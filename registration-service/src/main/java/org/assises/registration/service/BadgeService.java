package org.assises.registration.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.assises.contracts.ParticipantStatus;
import org.assises.platform.problem.ProblemException;
import org.assises.registration.config.PapersConfig;
import org.assises.registration.documents.BadgeContent;
import org.assises.registration.documents.BadgePdf;
import org.assises.registration.domain.Badge;
import org.assises.registration.domain.BadgeMark;
import org.assises.registration.domain.BadgeSecret;
import org.assises.registration.domain.Delegation;
import org.assises.registration.domain.Edition;
import org.assises.registration.domain.Participant;
import org.assises.registration.repository.BadgeRepository;
import org.assises.registration.repository.DelegationRepository;
import org.assises.registration.repository.EditionRepository;
import org.assises.registration.repository.ParticipantRepository;

import io.quarkus.logging.Log;

/**
 * Badges of confirmed participants: one, or all of an edition (or of a delegation) as one print file.
 * Printing a badge gives it a new check-in secret and retires the previous one, so a lost or old badge
 * no longer opens a door.
 */
@ApplicationScoped
public class BadgeService {

    /** The order of a print run. */
    public enum Order {
        /** By delegation (French participants, outside any delegation, last), then by name: handed out by delegation. */
        DELEGATION,
        /** By family and given name. */
        NAME
    }

    private final BadgeRepository badges;
    private final ParticipantRepository participants;
    private final DelegationRepository delegations;
    private final EditionRepository editions;
    private final PapersConfig config;

    public BadgeService(BadgeRepository badges, ParticipantRepository participants, DelegationRepository delegations,
            EditionRepository editions, PapersConfig config) {
        this.badges = badges;
        this.participants = participants;
        this.delegations = delegations;
        this.editions = editions;
        this.config = config;
    }

    /** A print run: the PDF and how many badges it holds. */
    public record Printed(byte[] pdf, int badges) {
    }

    /** One participant's badge, printed anew (the previous one stops working). */
    @Transactional
    public Printed printOne(UUID participantId, BadgePdf.Layout layout) {
        Participant p = participants.findByIdOptional(participantId)
                .orElseThrow(() -> ProblemException.notFound("No participant " + participantId));
        if (p.status != ParticipantStatus.CONFIRMED) {
            throw ProblemException.conflict("not-confirmed", "no badge: the registration is " + p.status
                    + ", only a confirmed participant gets one");
        }
        return print(p.edition, List.of(p), layout);
    }

    /** The badges of every confirmed participant of the edition (or of one delegation), in the given order. */
    @Transactional
    public Printed printAll(String edition, String delegationApcaeId, Order order, BadgePdf.Layout layout) {
        editions.findByIdOptional(edition).orElseThrow(() -> ProblemException.notFound("No edition " + edition));
        List<Participant> confirmed;
        if (delegationApcaeId != null) {
            Delegation delegation = delegations.find(edition, delegationApcaeId)
                    .orElseThrow(() -> ProblemException.notFound("No delegation " + delegationApcaeId + " in edition " + edition));
            confirmed = participants.list("delegationId = ?1 and status = ?2", delegation.id, ParticipantStatus.CONFIRMED);
        } else {
            confirmed = participants.list("edition = ?1 and status = ?2", edition, ParticipantStatus.CONFIRMED);
        }
        if (confirmed.isEmpty()) {
            throw ProblemException.conflict("no-badge-to-print", "nobody is confirmed" + (delegationApcaeId == null ? " in edition "
                    + edition : " in delegation " + delegationApcaeId));
        }
        if (confirmed.size() > config.maxPrintRun()) {
            throw ProblemException.conflict("print-run-too-large", confirmed.size() + " badges: at most " + config.maxPrintRun()
                    + " per request; print by delegation");
        }
        Map<UUID, Delegation> byId = delegationsOf(edition);
        Comparator<Participant> byName = Comparator.comparing((Participant p) -> p.familyName.toLowerCase())
                .thenComparing(p -> p.givenName.toLowerCase());
        Comparator<Participant> sort = order == Order.NAME ? byName
                : Comparator.comparing((Participant p) -> p.delegationId == null ? "\uffff" : delegationName(byId.get(p.delegationId)))
                        .thenComparing(byName);
        List<Participant> sorted = new ArrayList<>(confirmed);
        sorted.sort(sort);
        return print(edition, sorted, layout);
    }

    /** Sets the marks organisers decide (speaker, organiser); returns every mark the badge will show. */
    @Transactional
    public List<BadgeMark> setMarks(UUID participantId, Set<BadgeMark> marks) {
        Participant p = participants.findByIdOptional(participantId)
                .orElseThrow(() -> ProblemException.notFound("No participant " + participantId));
        Badge badge = badges.findByIdOptional(p.id).orElseGet(() -> newBadge(p));
        badge.marks = new ArrayList<>(marks.stream().map(Enum::name).sorted().toList());
        return BadgeMark.of(p, badge.setMarks());
    }

    private Printed print(String edition, List<Participant> people, BadgePdf.Layout layout) {
        Edition e = editions.findById(edition);
        Map<UUID, Delegation> byId = delegationsOf(edition);
        List<UUID> ids = people.stream().map(p -> p.id).toList();
        Map<UUID, Badge> existing = badges.list("participantId in ?1", ids).stream()
                .collect(Collectors.toMap(b -> b.participantId, Function.identity()));
        OffsetDateTime now = OffsetDateTime.now();
        badges.getEntityManager().createQuery("update BadgeSecret s set s.retiredAt = :at where s.participantId in :ids and s.retiredAt is null")
                .setParameter("at", now).setParameter("ids", ids).executeUpdate();
        List<BadgeContent> contents = new ArrayList<>(people.size());
        for (Participant p : people) {
            Badge badge = existing.computeIfAbsent(p.id, id -> newBadge(p));
            badge.prints++;
            badge.printedAt = now;
            String secret = BadgeSecret.newSecret();
            BadgeSecret stored = new BadgeSecret();
            stored.secretHash = BadgeSecret.hash(secret);
            stored.participantId = p.id;
            stored.issuedAt = now;
            badges.addSecret(stored);
            Delegation delegation = p.delegationId == null ? null : byId.get(p.delegationId);
            contents.add(new BadgeContent(e.name.fr, e.name.zh, p.familyName, p.givenName, p.nameZh, p.organisation,
                    delegation == null ? null : delegationName(delegation), p.side, BadgeMark.of(p, badge.setMarks()), secret));
        }
        byte[] pdf = BadgePdf.render(contents, layout);
        Log.infof("%d badges of edition %s printed (%s), their previous check-in secrets retired", contents.size(), edition, layout);
        return new Printed(pdf, contents.size());
    }

    private Badge newBadge(Participant p) {
        Badge badge = new Badge();
        badge.participantId = p.id;
        badge.edition = p.edition;
        badges.persist(badge);
        return badge;
    }

    private Map<UUID, Delegation> delegationsOf(String edition) {
        return delegations.forEdition(edition, null).stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
    }

    private static String delegationName(Delegation d) {
        return d.name == null || d.name.isBlank() ? d.apcaeId : d.name;
    }
}
