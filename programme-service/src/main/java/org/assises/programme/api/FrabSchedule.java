package org.assises.programme.api;

import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.assises.contracts.SessionStatus;
import org.assises.programme.api.PublishedProgramme.PublishedIntervention;
import org.assises.programme.api.PublishedProgramme.PublishedSession;
import org.assises.programme.domain.InterventionStatus;

/**
 * A published version as the frab-compatible schedule that conference tools (frab, pretalx, c3voc
 * players, Giggity...) exchange: days, rooms per day, events per room. Cancelled sessions are left out.
 */
public final class FrabSchedule {

    private static final String GENERATOR = "assises-programme-service";

    private final PublishedProgramme programme;
    private final ZoneId zone;
    private final List<Day> days;

    private FrabSchedule(PublishedProgramme programme) {
        this.programme = programme;
        this.zone = ZoneId.of(programme.timeZone());
        this.days = days();
    }

    public static FrabSchedule of(PublishedProgramme programme) {
        return new FrabSchedule(programme);
    }

    /** The schedule.json shape: {@code {"schedule": {"version", "conference": {..., "days": [...]}}}}. */
    public Map<String, Object> json() {
        Map<String, Object> conference = new LinkedHashMap<>();
        conference.put("acronym", programme.edition());
        conference.put("title", programme.title().fr() + " / " + programme.title().zh());
        conference.put("start", programme.firstDay().toString());
        conference.put("end", programme.lastDay().toString());
        conference.put("daysCount", days.size());
        conference.put("timeslot_duration", "00:15");
        conference.put("time_zone_name", programme.timeZone());
        List<Map<String, Object>> dayList = new ArrayList<>();
        for (Day day : days) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("index", day.index());
            d.put("date", day.date().toString());
            d.put("day_start", day.start().toString());
            d.put("day_end", day.end().toString());
            Map<String, Object> rooms = new LinkedHashMap<>();
            day.rooms().forEach((room, sessions) -> rooms.put(room, sessions.stream().map(s -> eventJson(s, room)).toList()));
            d.put("rooms", rooms);
            dayList.add(d);
        }
        conference.put("days", dayList);
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("version", "v" + programme.version());
        schedule.put("conference", conference);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("generator", Map.of("name", GENERATOR));
        root.put("schedule", schedule);
        return root;
    }

    /** The schedule.xml shape: {@code <schedule><version/><conference/><day><room><event/>...}. */
    public String xml() {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("schedule");
            xml.writeEmptyElement("generator");
            xml.writeAttribute("name", GENERATOR);
            element(xml, "version", "v" + programme.version());
            xml.writeStartElement("conference");
            element(xml, "acronym", programme.edition());
            element(xml, "title", programme.title().fr() + " / " + programme.title().zh());
            element(xml, "start", programme.firstDay().toString());
            element(xml, "end", programme.lastDay().toString());
            element(xml, "days", String.valueOf(days.size()));
            element(xml, "timeslot_duration", "00:15");
            element(xml, "time_zone_name", programme.timeZone());
            xml.writeEndElement();
            for (Day day : days) {
                xml.writeStartElement("day");
                xml.writeAttribute("index", String.valueOf(day.index()));
                xml.writeAttribute("date", day.date().toString());
                xml.writeAttribute("start", day.start().toString());
                xml.writeAttribute("end", day.end().toString());
                for (Map.Entry<String, List<PublishedSession>> room : day.rooms().entrySet()) {
                    xml.writeStartElement("room");
                    xml.writeAttribute("name", room.getKey());
                    for (PublishedSession s : room.getValue()) {
                        eventXml(xml, s, room.getKey());
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the schedule XML", e);
        }
        return out.toString();
    }

    private Map<String, Object> eventJson(PublishedSession s, String room) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("guid", s.id().toString());
        e.put("id", s.number());
        e.put("date", start(s).toString());
        e.put("start", hhmm(start(s)));
        e.put("duration", duration(s));
        e.put("room", room);
        e.put("slug", programme.edition() + "-" + s.number() + "-" + s.code());
        e.put("title", s.title().fr());
        e.put("subtitle", s.title().zh());
        e.put("track", s.theme() == null ? null : s.theme().name());
        e.put("type", s.kind().name());
        e.put("language", "fr");
        e.put("abstract", s.description() == null ? "" : s.description().fr());
        e.put("description", s.description() == null ? "" : s.description().zh());
        e.put("persons", speakers(s).stream().map(i -> Map.of("guid", i.speaker().id().toString(), "public_name", publicName(i)))
                .toList());
        e.put("links", List.of());
        e.put("attachments", List.of());
        return e;
    }

    private void eventXml(XMLStreamWriter xml, PublishedSession s, String room) throws XMLStreamException {
        xml.writeStartElement("event");
        xml.writeAttribute("guid", s.id().toString());
        xml.writeAttribute("id", String.valueOf(s.number()));
        element(xml, "date", start(s).toString());
        element(xml, "start", hhmm(start(s)));
        element(xml, "duration", duration(s));
        element(xml, "room", room);
        element(xml, "slug", programme.edition() + "-" + s.number() + "-" + s.code());
        element(xml, "title", s.title().fr());
        element(xml, "subtitle", s.title().zh());
        element(xml, "track", s.theme() == null ? "" : s.theme().name());
        element(xml, "type", s.kind().name());
        element(xml, "language", "fr");
        element(xml, "abstract", s.description() == null ? "" : s.description().fr());
        element(xml, "description", s.description() == null ? "" : s.description().zh());
        xml.writeStartElement("persons");
        for (PublishedIntervention i : speakers(s)) {
            xml.writeStartElement("person");
            xml.writeAttribute("guid", i.speaker().id().toString());
            xml.writeCharacters(publicName(i));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEmptyElement("links");
        xml.writeEmptyElement("attachments");
        xml.writeEndElement();
    }

    private List<Day> days() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (LocalDate d = programme.firstDay(); !d.isAfter(programme.lastDay()); d = d.plusDays(1)) {
            dates.add(d);
        }
        Map<LocalDate, Map<String, List<PublishedSession>>> byDate = new TreeMap<>();
        for (PublishedSession s : programme.sessions()) {
            if (s.status() == SessionStatus.CANCELLED) {
                continue;
            }
            LocalDate date = start(s).toLocalDate();
            dates.add(date);
            byDate.computeIfAbsent(date, k -> new TreeMap<>()).computeIfAbsent(roomName(s), k -> new ArrayList<>()).add(s);
        }
        List<Day> list = new ArrayList<>();
        int index = 1;
        for (LocalDate date : dates) {
            Map<String, List<PublishedSession>> rooms = byDate.getOrDefault(date, Map.of());
            rooms.values().forEach(l -> l.sort((a, b) -> a.start().compareTo(b.start())));
            list.add(new Day(index++, date, date.atTime(LocalTime.of(6, 0)).atZone(zone).toOffsetDateTime(),
                    date.plusDays(1).atTime(LocalTime.of(3, 0)).atZone(zone).toOffsetDateTime(), rooms));
        }
        return list;
    }

    private OffsetDateTime start(PublishedSession s) {
        return s.start().atZoneSameInstant(zone).toOffsetDateTime();
    }

    private static String roomName(PublishedSession s) {
        if (s.room() != null) {
            return s.room().name().fr() + (s.venue() == null ? "" : " – " + s.venue().name().fr());
        }
        return s.venue() == null ? "Lieu à définir" : s.venue().name().fr();
    }

    private static String hhmm(OffsetDateTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    private static String duration(PublishedSession s) {
        long minutes = Duration.between(s.start(), s.end()).toMinutes();
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    private static List<PublishedIntervention> speakers(PublishedSession s) {
        return s.interventions().stream().filter(i -> i.status() != InterventionStatus.WITHDRAWN).toList();
    }

    private static String publicName(PublishedIntervention i) {
        return i.speaker().nameLatin() + (i.speaker().nameZh() == null ? "" : " (" + i.speaker().nameZh() + ")");
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private record Day(int index, LocalDate date, OffsetDateTime start, OffsetDateTime end, Map<String, List<PublishedSession>> rooms) {
    }
}
