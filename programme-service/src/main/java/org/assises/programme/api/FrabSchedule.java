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
        conferenceFields().forEach((name, value) -> {
            conference.put(name, value);
            if (name.equals("end")) {
                conference.put("daysCount", days.size());
            }
        });
        List<Map<String, Object>> dayList = new ArrayList<>();
        for (Day day : days) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("index", day.index());
            d.put("date", day.date().toString());
            d.put("day_start", day.start().toString());
            d.put("day_end", day.end().toString());
            Map<String, Object> rooms = new LinkedHashMap<>();
            day.rooms().forEach((room, events) -> rooms.put(room, events.stream().map(FrabSchedule::eventJson).toList()));
            d.put("rooms", rooms);
            dayList.add(d);
        }
        conference.put("days", dayList);
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("version", version());
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
            element(xml, "version", version());
            xml.writeStartElement("conference");
            Map<String, String> conference = conferenceFields();
            for (Map.Entry<String, String> field : conference.entrySet()) {
                // Both shapes count the days right after the end: daysCount in JSON, days in XML.
                element(xml, field.getKey(), field.getValue());
                if (field.getKey().equals("end")) {
                    element(xml, "days", String.valueOf(days.size()));
                }
            }
            xml.writeEndElement();
            for (Day day : days) {
                xml.writeStartElement("day");
                xml.writeAttribute("index", String.valueOf(day.index()));
                xml.writeAttribute("date", day.date().toString());
                xml.writeAttribute("start", day.start().toString());
                xml.writeAttribute("end", day.end().toString());
                for (Map.Entry<String, List<Event>> room : day.rooms().entrySet()) {
                    xml.writeStartElement("room");
                    xml.writeAttribute("name", room.getKey());
                    for (Event event : room.getValue()) {
                        eventXml(xml, event);
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

    private String version() {
        return "v" + programme.version();
    }

    /** The conference's fields in frab's order (the day count apart, which the two shapes name differently). */
    private Map<String, String> conferenceFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("acronym", programme.edition());
        fields.put("title", programme.title().fr() + " / " + programme.title().zh());
        fields.put("start", programme.firstDay().toString());
        fields.put("end", programme.lastDay().toString());
        fields.put("timeslot_duration", "00:15");
        fields.put("time_zone_name", programme.timeZone());
        return fields;
    }

    /** One session as a frab event: the single source of both renderings. */
    private record Event(String guid, long id, String date, String start, String duration, String room, String slug, String title,
            String subtitle, String track, String type, String language, String abstractText, String description,
            List<Person> persons) {
    }

    private record Person(String guid, String publicName) {
    }

    private Event event(PublishedSession s, String room) {
        return new Event(s.id().toString(), s.number(), start(s).toString(), hhmm(start(s)), duration(s), room,
                programme.edition() + "-" + s.number() + "-" + s.code(), s.title().fr(), s.title().zh(),
                s.theme() == null ? null : s.theme().name(), s.kind().name(), "fr",
                s.description() == null ? "" : s.description().fr(), s.description() == null ? "" : s.description().zh(),
                speakers(s).stream().map(i -> new Person(i.speaker().id().toString(), publicName(i))).toList());
    }

    private static Map<String, Object> eventJson(Event e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("guid", e.guid());
        json.put("id", e.id());
        json.put("date", e.date());
        json.put("start", e.start());
        json.put("duration", e.duration());
        json.put("room", e.room());
        json.put("slug", e.slug());
        json.put("title", e.title());
        json.put("subtitle", e.subtitle());
        json.put("track", e.track());
        json.put("type", e.type());
        json.put("language", e.language());
        json.put("abstract", e.abstractText());
        json.put("description", e.description());
        json.put("persons", e.persons().stream().map(p -> Map.of("guid", p.guid(), "public_name", p.publicName())).toList());
        json.put("links", List.of());
        json.put("attachments", List.of());
        return json;
    }

    private static void eventXml(XMLStreamWriter xml, Event e) throws XMLStreamException {
        xml.writeStartElement("event");
        xml.writeAttribute("guid", e.guid());
        xml.writeAttribute("id", String.valueOf(e.id()));
        element(xml, "date", e.date());
        element(xml, "start", e.start());
        element(xml, "duration", e.duration());
        element(xml, "room", e.room());
        element(xml, "slug", e.slug());
        element(xml, "title", e.title());
        element(xml, "subtitle", e.subtitle());
        element(xml, "track", e.track());
        element(xml, "type", e.type());
        element(xml, "language", e.language());
        element(xml, "abstract", e.abstractText());
        element(xml, "description", e.description());
        xml.writeStartElement("persons");
        for (Person p : e.persons()) {
            xml.writeStartElement("person");
            xml.writeAttribute("guid", p.guid());
            xml.writeCharacters(p.publicName());
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
            Map<String, List<Event>> rooms = new TreeMap<>();
            byDate.getOrDefault(date, Map.of()).forEach((room, sessions) -> rooms.put(room, sessions.stream()
                    .sorted((a, b) -> a.start().compareTo(b.start())).map(s -> event(s, room)).toList()));
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

    private record Day(int index, LocalDate date, OffsetDateTime start, OffsetDateTime end, Map<String, List<Event>> rooms) {
    }
}
