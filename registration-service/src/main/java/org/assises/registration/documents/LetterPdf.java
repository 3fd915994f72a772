package org.assises.registration.documents;

import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.assises.documents.Page;
import org.assises.documents.Page.Weight;
import org.assises.documents.PdfDocument;
import org.assises.documents.Units;

/** Prints invitation letters: one A4 page each, French then Chinese, a details table, the signature and the verification QR. */
public final class LetterPdf {

    static final Color ACCENT = new Color(0x8a, 0x1c, 0x1c);
    static final Color GREY = new Color(0x55, 0x55, 0x55);
    static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private LetterPdf() {
    }

    /** The letters in one PDF, in the given order (a delegation's letters print as one file). */
    public static byte[] render(List<LetterContent> letters) {
        PdfDocument pdf = PdfDocument.create(letters.size() == 1 ? "Lettre d'invitation " + letters.get(0).reference()
                : letters.size() + " lettres d'invitation");
        for (LetterContent letter : letters) {
            draw(pdf.addPage(Units.A4), letter);
        }
        return pdf.toBytes();
    }

    static String fr(LocalDate date) {
        return date.format(FR);
    }

    static String zh(LocalDate date) {
        return date.format(ZH);
    }

    private static void draw(Page page, LetterContent l) {
        float left = Units.mm(20);
        float width = page.width() - 2 * left;
        float y = page.height() - Units.mm(20);

        page.text(left, y, 13, Weight.BOLD, ACCENT, l.letterhead().fr());
        y -= 17;
        page.text(left, y, 12, Weight.REGULAR, ACCENT, l.letterhead().zh());
        y -= 8;
        page.line(left, y, left + width, y, 1.2f, ACCENT);
        y -= 13;
        y = page.paragraph(left, y, width * 0.6f, 8.5f, 11, Weight.REGULAR, GREY, l.issuer().fr() + " — " + l.address().fr());
        y = page.paragraph(left, y, width * 0.6f, 8.5f, 11, Weight.REGULAR, GREY, l.issuer().zh() + "　" + l.address().zh());

        float right = left + width;
        float top = page.height() - Units.mm(44);
        rightAligned(page, right, top, 9.5f, l.place().fr() + ", le " + fr(l.issuedOn()));
        rightAligned(page, right, top - 13, 9.5f, l.place().zh() + "，" + zh(l.issuedOn()));
        rightAligned(page, right, top - 26, 9.5f, "Réf. / 编号 : " + l.reference());

        y = Math.min(y, top - 40) - 14;
        page.centred(page.width() / 2, y, 16, width, Weight.BOLD, Color.BLACK, "LETTRE D'INVITATION  ·  邀请函");
        y -= 26;

        String stay = "du " + fr(l.stayFrom()) + " au " + fr(l.stayTo());
        String salutation = l.civility().isEmpty() ? "" : l.civility() + " ";
        y = page.paragraph(left, y, width, 10, 14, Weight.REGULAR, Color.BLACK, "Madame, Monsieur,");
        y = page.paragraph(left, y, width, 10, 14, Weight.REGULAR, Color.BLACK, l.issuer().fr() + " a l'honneur d'inviter "
                + salutation + l.latinName() + (l.nameZh() == null ? "" : " (" + l.nameZh() + ")")
                + (l.function() == null ? "" : ", " + l.function()) + ", " + l.organisation() + ", titulaire du passeport n° "
                + l.passportNumber() + " valable jusqu'au " + fr(l.passportExpiresOn()) + ", à participer aux "
                + l.programmeTitle().fr() + ", qui se tiendront à " + l.venue().fr() + " du " + fr(l.editionStarts()) + " au "
                + fr(l.editionEnds()) + ". Objet du séjour : " + l.purpose().fr() + ". Séjour en France " + stay
                + ". Nous vous remercions de bien vouloir faciliter la délivrance du visa nécessaire à ce déplacement.");
        y -= 8;
        String nameZh = l.nameZh() == null ? l.latinName() : l.nameZh() + "（" + l.latinName() + "）";
        y = page.paragraph(left, y, width, 10, 15, Weight.REGULAR, Color.BLACK, "尊敬的先生/女士：");
        String who = l.function() == null ? l.organisation() : l.function() + "，" + l.organisation();
        y = page.paragraph(left, y, width, 10, 15, Weight.REGULAR, Color.BLACK, l.issuer().zh() + "谨邀请" + nameZh + "（" + who
                + "；护照号码：" + l.passportNumber() + "，有效期至" + zh(l.passportExpiresOn()) + "）出席" + zh(l.editionStarts()) + "至"
                + zh(l.editionEnds()) + "在" + l.venue().zh() + "举行的" + l.programmeTitle().zh() + "。访问事由：" + l.purpose().zh()
                + "。在法停留日期：" + zh(l.stayFrom()) + "至" + zh(l.stayTo()) + "。请惠予办理签证为盼。");
        y -= 10;

        y = details(page, left, y, width, l);

        y -= 24;
        float signX = left + width * 0.55f;
        y = page.paragraph(signX, y, width * 0.45f, 10, 13, Weight.REGULAR, Color.BLACK, l.signatoryTitle().fr());
        y = page.paragraph(signX, y, width * 0.45f, 10, 13, Weight.REGULAR, Color.BLACK, l.signatoryTitle().zh());
        page.text(signX, y - 30, 11, Weight.BOLD, Color.BLACK, l.signatoryName());

        float qr = Units.mm(28);
        float qrY = Units.mm(14);
        page.qrCode(left, qrY, qr, l.verification());
        float textX = left + qr + 8;
        page.text(textX, qrY + qr - 12, 8.5f, Weight.BOLD, GREY, "Vérification de cette lettre / 邀请函真伪验证");
        page.paragraph(textX, qrY + qr - 25, width - qr - 8, 8, 10.5f, Weight.REGULAR, GREY, l.verification());
        page.text(textX, qrY + 14, 8.5f, Weight.REGULAR, GREY, "Référence / 编号 : " + l.reference());
        page.text(textX, qrY + 3, 8.5f, Weight.REGULAR, GREY, "Code de contrôle / 校验码 : " + l.checkCode());
    }

    private static float details(Page page, float left, float y, float width, LetterContent l) {
        String[][] rows = {
            {"Nom / 姓名", l.latinName() + (l.nameZh() == null ? "" : "　" + l.nameZh())},
            {"Fonction / 职务", l.function() == null ? "—" : l.function()},
            {"Organisation / 单位", l.organisation()},
            {"Passeport n° / 护照号码", l.passportNumber()},
            {"Valable jusqu'au / 有效期至", fr(l.passportExpiresOn()) + "　" + zh(l.passportExpiresOn())},
            {"Séjour / 停留日期", fr(l.stayFrom()) + " – " + fr(l.stayTo()) + "　" + zh(l.stayFrom()) + "至" + zh(l.stayTo())},
        };
        float labelWidth = Units.mm(52);
        page.line(left, y + 4, left + width, y + 4, 0.4f, Color.LIGHT_GRAY);
        for (String[] row : rows) {
            y -= 11;
            page.text(left + 4, y, 9, Weight.REGULAR, GREY, row[0]);
            float next = page.paragraph(left + labelWidth, y, width - labelWidth - 4, 9.5f, 12, Weight.BOLD, Color.BLACK, row[1]);
            y = next + 12 - 6;
            page.line(left, y, left + width, y, 0.4f, Color.LIGHT_GRAY);
        }
        return y;
    }

    private static void rightAligned(Page page, float right, float y, float size, String text) {
        String printable = page.typeface().printable(text);
        page.text(right - page.typeface().width(printable, size), y, size, printable);
    }
}
