package org.assises.programme.api;

import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;

import org.assises.programme.api.PublishedProgramme.PublishedIntervention;
import org.assises.programme.api.PublishedProgramme.PublishedSession;
import org.assises.contracts.Side;
import org.assises.programme.domain.InterventionStatus;

/** A published version as iCalendar (RFC 5545): the whole programme, or one session, with TZID of the edition's zone. */
public final class ProgrammeCalendar {

    public static final String MEDIA_TYPE = "text/calendar";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private ProgrammeCalendar() {
    }

    /** The sessions of the version (all of them, or only {@code sessions}) as one calendar. */
    public static String of(PublishedProgramme programme, List<PublishedSession> sessions) {
        ZoneId zone = ZoneId.of(programme.timeZone());
        Calendar calendar = new Calendar().withProdId("-//Assises franco-chinoises//programme-service " + programme.edition() + " v"
                + programme.version() + "//FR").withDefaults().getFluentTarget();
        calendar.add(ZONES.getTimeZone(programme.timeZone()).getVTimeZone());
        for (PublishedSession session : sessions) {
            calendar.add(event(programme, session, zone));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the calendar", e);
        }
        return out.toString();
    }

    private static VEvent event(PublishedProgramme programme, PublishedSession s, ZoneId zone) {
        ZonedDateTime start = s.start().atZoneSameInstant(zone);
        ZonedDateTime end = s.end().atZoneSameInstant(zone);
        VEvent event = new VEvent(start, end, s.title().fr() + " / " + s.title().zh());
        // A stable UID per session across versions, and the version as SEQUENCE, so calendar apps update in place.
        event.replace(new Uid(s.id() + "@" + programme.edition() + ".assises"));
        event.replace(new DtStamp(programme.publishedAt().toInstant()));
        event.add(new Sequence(programme.version()));
        event.add(new Status(switch (s.status()) {
            case CONFIRMED -> Status.VALUE_CONFIRMED;
            case CANCELLED -> Status.VALUE_CANCELLED;
            default -> Status.VALUE_TENTATIVE;
        }));
        if (s.venue() != null) {
            StringBuilder location = new StringBuilder();
            if (s.room() != null) {
                location.append(s.room().name().fr()).append(", ");
            }
            location.append(s.venue().name().fr());
            if (s.venue().address() != null) {
                location.append(", ").append(s.venue().address());
            }
            event.add(new Location(location.toString()));
        }
        event.add(new Categories(s.kind().name() + (s.theme() == null ? "" : "," + s.theme().name())));
        event.add(new Description(description(s)));
        return event;
    }

    private static String description(PublishedSession s) {
        List<String> lines = new ArrayList<>();
        if (s.description() != null) {
            lines.add(s.description().fr());
            lines.add(s.description().zh());
        }
        if (s.coChairs() != null && !s.coChairs().isEmpty()) {
            lines.add("Co-présidence / 联合主席: " + s.coChairs().stream()
                    .map(c -> c.side() == Side.FRENCH ? c.name().fr() : c.name().zh()).collect(Collectors.joining(" – ")));
        }
        for (PublishedIntervention i : s.interventions()) {
            if (i.status() != InterventionStatus.WITHDRAWN) {
                lines.add(i.position() + ". " + i.speaker().nameLatin() + (i.speaker().nameZh() == null ? "" : " " + i.speaker().nameZh())
                        + ": " + i.title().fr() + " (" + i.durationMinutes() + " min"
                        + (i.status() == InterventionStatus.TO_BE_CONFIRMED ? ", à confirmer" : "") + ")");
            }
        }
        return String.join("\n", lines);
    }
}
