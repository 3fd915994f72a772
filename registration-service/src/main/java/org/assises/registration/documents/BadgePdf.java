package org.assises.registration.documents;

import java.awt.Color;
import java.util.List;

import org.assises.contracts.Side;
import org.assises.documents.Page;
import org.assises.documents.Page.Weight;
import org.assises.documents.PdfDocument;
import org.assises.documents.Units;
import org.assises.registration.domain.BadgeMark;

/** Prints badges: one A6 page each, or four A6 badges per A4 sheet with cutting lines, in the given order. */
public final class BadgePdf {

    /** How badges go on paper. */
    public enum Layout {
        /** One A6 page per badge (a badge printer). */
        A6,
        /** Four A6 badges per A4 sheet (an office printer), cut along the grey lines. */
        A4_SHEET
    }

    static final Color FRENCH = new Color(0x1f, 0x4e, 0x9c);
    static final Color CHINESE = new Color(0xb7, 0x1c, 0x1c);

    private BadgePdf() {
    }

    public static byte[] render(List<BadgeContent> badges, Layout layout) {
        PdfDocument pdf = PdfDocument.create(badges.size() == 1 ? "Badge" : badges.size() + " badges");
        float w = Units.A6.getWidth();
        float h = Units.A6.getHeight();
        if (layout == Layout.A6) {
            badges.forEach(badge -> draw(pdf.addPage(Units.A6), 0, 0, badge));
        } else {
            for (int i = 0; i < badges.size(); i += 4) {
                Page sheet = pdf.addPage(Units.A4);
                for (int slot = 0; slot < 4 && i + slot < badges.size(); slot++) {
                    draw(sheet, (slot % 2) * w, slot < 2 ? h : 0, badges.get(i + slot));
                }
                sheet.line(w, 0, w, 2 * h, 0.3f, Color.LIGHT_GRAY);
                sheet.line(0, h, 2 * w, h, 0.3f, Color.LIGHT_GRAY);
            }
        }
        return pdf.toBytes();
    }

    /** One badge with its lower-left corner at (x, y). */
    static void draw(Page page, float x, float y, BadgeContent b) {
        float w = Units.A6.getWidth();
        float h = Units.A6.getHeight();
        float centre = x + w / 2;
        float inner = w - Units.mm(12);
        Color sideColour = b.side() == Side.CHINESE ? CHINESE : FRENCH;

        page.fill(x, y + h - Units.mm(22), w, Units.mm(22), sideColour);
        page.centred(centre, y + h - Units.mm(10), 10, inner, Weight.BOLD, Color.WHITE, b.eventFr());
        page.centred(centre, y + h - Units.mm(17), 10, inner, Weight.REGULAR, Color.WHITE, b.eventZh());

        float line = y + h - Units.mm(36);
        if (b.nameZh() != null && !b.nameZh().isBlank()) {
            page.centred(centre, line, 26, inner, Weight.BOLD, Color.BLACK, b.nameZh());
            line -= Units.mm(10);
        }
        page.centred(centre, line, 17, inner, Weight.BOLD, Color.BLACK, b.latinName());
        line -= Units.mm(8);
        for (String organisation : page.lines(b.organisation(), 10, inner).stream().limit(2).toList()) {
            page.centred(centre, line, 10, inner, Weight.REGULAR, Color.DARK_GRAY, organisation);
            line -= 13;
        }
        if (b.delegation() != null) {
            page.centred(centre, line, 8.5f, inner, Weight.REGULAR, Color.GRAY, b.delegation());
            line -= 12;
        }
        page.centred(centre, line - 2, 9.5f, inner, Weight.BOLD, sideColour, b.side() == Side.CHINESE ? "Chine  中国" : "France  法国");

        float markHeight = Units.mm(11);
        float qr = Units.mm(40);
        page.qrCode(centre - qr / 2, y + markHeight + Units.mm(5), qr, b.secret());

        if (b.marks().isEmpty()) {
            page.fill(x, y, w, Units.mm(4), sideColour);
        } else {
            float markWidth = w / b.marks().size();
            for (int i = 0; i < b.marks().size(); i++) {
                BadgeMark mark = b.marks().get(i);
                page.fill(x + i * markWidth, y, markWidth, markHeight, colour(mark));
                page.centred(x + i * markWidth + markWidth / 2, y + Units.mm(4), 9.5f, markWidth - 4, Weight.BOLD, Color.WHITE,
                        mark.labelFr + " " + mark.labelZh);
            }
        }
    }

    static Color colour(BadgeMark mark) {
        return switch (mark) {
            case VIP -> new Color(0xb8, 0x86, 0x0b);
            case SPEAKER -> new Color(0x1e, 0x7b, 0x4a);
            case PRESS -> new Color(0x6a, 0x1b, 0x9a);
            case ORGANISER -> new Color(0x33, 0x33, 0x33);
        };
    }
}
