package org.assises.registration.service;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.assises.contracts.Side;
import org.assises.platform.editions.KnownEditions;
import org.assises.platform.problem.ProblemException;
import org.assises.registration.api.ParticipantPage;
import org.assises.registration.api.ParticipantResponse;
import org.assises.registration.api.Statistics;
import org.assises.registration.api.WaitlistEntry;
import org.assises.registration.domain.Delegation;
import org.assises.registration.domain.Participant;
import org.assises.registration.domain.Travel;
import org.assises.registration.repository.DelegationRepository;
import org.assises.registration.repository.EditionRepository;
import org.assises.registration.repository.ParticipantFilter;
import org.assises.registration.repository.ParticipantRepository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** What organisers read: pages of participants, waiting lists, counts and the CSV export. */
@ApplicationScoped
public class ParticipantQueryService {

    private static final String[] EXPORT_COLUMNS = {"id", "edition", "side", "status", "waitlistPosition", "category", "civility",
        "familyName", "givenName", "nameZh", "organisation", "province", "city", "function", "email", "phone", "languages",
        "interpretationNeeded", "dietaryNeeds", "galaDinner", "workshops", "fieldVisit", "arrivalAt", "arrivalTransport",
        "arrivalPlace", "departureAt", "departureTransport", "departurePlace", "hotelNeeded", "vip", "delegationId",
        "apcaePersonId"};

    private final ParticipantRepository participants;
    private final DelegationRepository delegations;
    private final EditionRepository editions;

    public ParticipantQueryService(ParticipantRepository participants, DelegationRepository delegations, EditionRepository editions) {
        this.participants = participants;
        this.delegations = delegations;
        this.editions = editions;
    }

    public ParticipantPage search(ParticipantFilter filter, int page, int size) {
        PanacheQuery<Participant> query = participants.search(filter, page, size);
        List<Participant> found = query.list();
        Map<UUID, String> apcaeIds = apcaeIds();
        Map<UUID, Long> positions = positions(found);
        return new ParticipantPage(found.stream()
                .map(p -> ParticipantResponse.from(p, positions.getOrDefault(p.id, 0L), apcaeIds.get(p.delegationId))).toList(),
                page, size, query.count());
    }

    public List<WaitlistEntry> waitlist(String edition, Side side) {
        requireEdition(edition);
        List<Participant> line = participants.waitlist(edition, side);
        return java.util.stream.IntStream.range(0, line.size()).mapToObj(i -> {
            Participant p = line.get(i);
            return new WaitlistEntry(i + 1, p.id, p.familyName, p.givenName, p.nameZh, p.category, p.organisation, p.createdAt);
        }).toList();
    }

    public Statistics statistics(String edition) {
        requireEdition(edition);
        return new Statistics(participants.countBy(edition, "side"), participants.countBy(edition, "category"),
                participants.countBy(edition, "status"), participants.countByWorkshop(edition), participants.countByVisit(edition));
    }

    /** Every participant that matches, as CSV (UTF-8, header row); no passport data. */
    public String exportCsv(ParticipantFilter filter) {
        Map<UUID, String> apcaeIds = apcaeIds();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(EXPORT_COLUMNS).get())) {
            int page = 0;
            List<Participant> batch;
            do {
                batch = participants.search(filter, page++, 500).list();
                Map<UUID, Long> positions = positions(batch);
                for (Participant p : batch) {
                    csv.printRecord(p.id, p.edition, p.side, p.status, positions.get(p.id), p.category, p.civility, p.familyName,
                            p.givenName, p.nameZh, p.organisation, p.province, p.city, p.function, p.email, p.phone,
                            String.join(";", p.languages), p.interpretationNeeded, p.dietaryNeeds, p.galaDinner,
                            String.join(";", p.workshops), p.fieldVisit, Travel.at(p.arrival), Travel.transport(p.arrival),
                            Travel.place(p.arrival), Travel.at(p.departure), Travel.transport(p.departure), Travel.place(p.departure),
                            p.hotelNeeded, p.vip,
                            apcaeIds.get(p.delegationId), p.apcaePersonId);
                }
            } while (batch.size() == 500);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the CSV export", e);
        }
        return out.toString();
    }

    private Map<UUID, Long> positions(List<Participant> found) {
        Map<UUID, Long> positions = new HashMap<>();
        found.stream().filter(p -> p.waitlistRank != null).forEach(p -> positions.put(p.id, participants.positionOf(p)));
        return positions;
    }

    private Map<UUID, String> apcaeIds() {
        Map<UUID, String> ids = new HashMap<>();
        for (Delegation d : delegations.listAll()) {
            ids.put(d.id, d.apcaeId);
        }
        return ids;
    }

    private void requireEdition(String edition) {
        KnownEditions.orNotFound(editions.findByIdOptional(edition), edition);
    }
}
