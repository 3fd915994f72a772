package org.assises.programme.api;

import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.assises.contracts.LocalizedText;
import org.assises.contracts.SessionStatus;
import org.assises.documents.Flow;
import org.assises.documents.Flow.Cell;
import org.assises.documents.Page.Weight;
import org.assises.documents.PdfDocument;
import org.assises.documents.Units;
import org.assises.programme.api.PublishedProgramme.PublishedIntervention;
import org.assises.programme.api.PublishedProgramme.PublishedSession;
import org.assises.programme.domain.InterventionStatus;

/**
 * The programme as a bilingual PDF for the Chinese officials' authorisation files and for print: by day,
 * then time and room, with the co-chairs and the talks, "à confirmer / 待确认" wherever something is not
 * confirmed yet. A published version says its number; the working draft says it is a draft on every page.
 */
public final class ProgrammePdf {

    public static final String MEDIA_TYPE = "application/pdf";

    static final Color ACCENT = new Color(0x8a, 0x1c, 0x1c);
    static final Color GREY = new Color(0x55, 0x55, 0x55);
    static final String TO_CONFIRM = "à confirmer / 待确认";
    static final DateTimeFormatter DAY_FR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    static final DateTimeFormatter DAY_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日 EEEE", Locale.CHINESE);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ProgrammePdf() {
    }

    /** The programme as a PDF; {@code version} 0 is the working draft. */
    public static byte[] render(PublishedProgramme programme) {
        PdfDocument pdf = PdfDocument.create(programme.title().fr() + (programme.version() == 0 ? " (projet)" : " v" + programme.version()));
        Flow flow = pdf.flow(Units.A4, Units.mm(15));
        float[] columns = {Units.mm(24), flow.contentWidth() - Units.mm(24) - Units.mm(46), Units.mm(46)};
        String edition = programme.version() == 0
                ? "Projet de travail, non publié / 工作草案（未发布）"
                : "Version " + programme.version() + " publiée le " + programme.publishedAt().toLocalDate().format(DateTimeFormatter.ofPattern(
                        "d MMMM yyyy", Locale.FRENCH)) + " / 第" + programme.version() + "版，发布于"
                        + programme.publishedAt().toLocalDate().format(DateTimeFormatter.ofPattern("yyyy年M月d日"));
        flow.onEveryPage(() -> {
            flow.paragraph(programme.title().fr() + "  ·  " + programme.title().zh(), 9, Weight.BOLD, ACCENT);
            flow.paragraph("Programme / 日程  —  " + edition, 8, Weight.REGULAR, programme.version() == 0 ? ACCENT : GREY);
            flow.skip(4);
        });
        flow.paragraph(programme.title().fr(), 18, Weight.BOLD, Color.BLACK);
        flow.paragraph(programme.title().zh(), 16, Weight.BOLD, Color.BLACK);
        flow.skip(6);

        Map<LocalDate, List<PublishedSession>> days = new TreeMap<>();
        programme.sessions().stream()
                .sorted(Comparator.comparing(PublishedSession::start).thenComparing(s -> s.room() == null ? "" : s.room().name().fr()))
                .forEach(s -> days.computeIfAbsent(s.start().toLocalDate(), d -> new ArrayList<>()).add(s));
        days.forEach((day, sessions) -> {
            flow.skip(8);
            flow.heading(capitalised(day.format(DAY_FR)) + "  ·  " + day.format(DAY_ZH), 12, ACCENT);
            for (PublishedSession s : sessions) {
                flow.row(columns, List.of(
                        new Cell(s.start().format(TIME) + "–" + s.end().format(TIME), 9, Weight.BOLD, Color.BLACK),
                        new Cell(describe(s), 9, Weight.REGULAR, s.status() == SessionStatus.CANCELLED ? Color.GRAY : Color.BLACK),
                        new Cell(place(s), 8.5f, Weight.REGULAR, GREY)));
            }
        });
        return pdf.toBytes();
    }

    /** The session's cell: its titles, status when not confirmed, co-chairs and talks, one per line. */
    static String describe(PublishedSession s) {
        StringBuilder out = new StringBuilder();
        out.append(s.title().fr()).append('\n').append(s.title().zh());
        if (s.status() == SessionStatus.CANCELLED) {
            out.append("\nANNULÉ / 已取消");
        } else if (s.status() != SessionStatus.CONFIRMED) {
            out.append("\n").append(s.status() == SessionStatus.DRAFT ? "brouillon / 草稿" : TO_CONFIRM);
        }
        if (s.coChairs() != null && !s.coChairs().isEmpty()) {
            out.append("\nCo-présidence / 联合主持 : ").append(String.join(" ; ", s.coChairs().stream().map(c -> both(c.name())).toList()));
        }
        for (PublishedIntervention talk : s.interventions().stream().sorted(Comparator.comparing(PublishedIntervention::position, Comparator.nullsLast(Comparator.naturalOrder()))).toList()) {
            String speaker = talk.speaker() == null ? TO_CONFIRM : talk.speaker().nameLatin()
                    + (talk.speaker().nameZh() == null ? "" : " " + talk.speaker().nameZh())
                    + (talk.speaker().organisation() == null ? "" : ", " + talk.speaker().organisation());
            out.append("\n• ").append(talk.durationMinutes()).append(" min — ").append(speaker).append(" : ").append(both(talk.title()));
            if (talk.status() == InterventionStatus.TO_BE_CONFIRMED) {
                out.append(" (").append(TO_CONFIRM).append(")");
            }
        }
        return out.toString();
    }

    static String place(PublishedSession s) {
        if (s.room() == null && s.venue() == null) {
            return "Lieu " + TO_CONFIRM;
        }
        StringBuilder out = new StringBuilder();
        if (s.room() != null) {
            out.append(both(s.room().name()));
        }
        if (s.venue() != null) {
            out.append(out.isEmpty() ? "" : "\n").append(both(s.venue().name()));
        }
        return out.toString();
    }

    private static String both(LocalizedText text) {
        return text.fr().equals(text.zh()) ? text.fr() : text.fr() + " / " + text.zh();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
