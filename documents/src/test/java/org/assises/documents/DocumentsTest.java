package org.assises.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.assises.testsupport.PrintedDocuments;

/** The shared rendering on its own: both scripts come back out of the PDF, the font is an embedded subset, QR codes decode. */
class DocumentsTest {

    @Test
    void frenchAndChineseTextReadBackAndTheFontIsAnEmbeddedSubset() {
        PdfDocument pdf = PdfDocument.create("Essai");
        Page page = pdf.addPage(Units.A4);
        page.text(Units.mm(20), Units.mm(270), 14, Page.Weight.BOLD, Color.BLACK, "Lettre d'invitation — Hôtel de Région, façade");
        page.text(Units.mm(20), Units.mm(260), 14, "邀请函：法中地方合作大会");
        byte[] bytes = pdf.toBytes();

        String text = PrintedDocuments.text(bytes);
        assertThat(text).contains("Lettre d'invitation — Hôtel de Région, façade").contains("邀请函：法中地方合作大会");
        assertThat(PrintedDocuments.fontsOfFirstPage(bytes)).singleElement().asString()
                .matches("[A-Z]{6}\\+WenQuanYiMicroHei \\(embedded\\)");
        // A subset of a 5 MB font: the page weighs a few kilobytes.
        assertThat(bytes.length).isLessThan(60_000);
    }

    @Test
    void charactersTheFontLacksAndControlCharactersNeverBreakThePage() {
        PdfDocument pdf = PdfDocument.create("Essai");
        Page page = pdf.addPage(Units.A6);
        page.text(10, 100, 10, "Nom\u0000avec\ttab 😀 fin");
        String text = PrintedDocuments.text(pdf.toBytes());
        assertThat(text).contains("Nom avec tab ? fin");
    }

    @Test
    void longTextWrapsBetweenWordsInFrenchAndBetweenCharactersInChinese() {
        PdfDocument pdf = PdfDocument.create("Essai");
        Typeface typeface = pdf.typeface();
        List<String> french = typeface.lines("la coopération décentralisée franco-chinoise réunit les collectivités", 10, 120);
        List<String> chinese = typeface.lines("中法地方合作大会汇聚了双方的地方政府，共同探讨旅游、农业和可持续城市。", 10, 120);
        pdf.close();

        assertThat(french).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line).doesNotStartWith(" ").doesNotEndWith(" "));
        assertThat(String.join(" ", french)).isEqualTo("la coopération décentralisée franco-chinoise réunit les collectivités");
        assertThat(chinese).hasSizeGreaterThan(1).noneSatisfy(line -> assertThat(line).startsWith("，"));
        assertThat(String.join("", chinese)).isEqualTo("中法地方合作大会汇聚了双方的地方政府，共同探讨旅游、农业和可持续城市。");
    }

    @Test
    void qrCodesOnAPageDecodeFromTheRenderedImage() {
        PdfDocument pdf = PdfDocument.create("Essai");
        Page page = pdf.addPage(Units.A4);
        page.qrCode(Units.mm(20), Units.mm(200), Units.mm(30), "https://assises.example/verify?ref=A-1&code=XYZ");
        page.qrCode(Units.mm(120), Units.mm(60), Units.mm(22), "secret-二");
        BufferedImage image = PrintedDocuments.render(pdf.toBytes(), 0, 150);

        assertThat(PrintedDocuments.qrCodes(image)).containsExactlyInAnyOrder("https://assises.example/verify?ref=A-1&code=XYZ", "secret-二");
    }

    @Test
    void aFlowBreaksPagesBetweenRowsAndRepeatsItsHeader() {
        PdfDocument pdf = PdfDocument.create("Essai");
        Flow flow = pdf.flow(Units.A4, Units.mm(15));
        flow.onEveryPage(() -> flow.paragraph("Programme — 日程", 9, Page.Weight.BOLD, Color.GRAY));
        for (int i = 0; i < 80; i++) {
            flow.row(new float[] {80, flow.contentWidth() - 80}, List.of(Flow.Cell.of("09:" + (10 + i % 50), 9),
                    Flow.Cell.of("Séance " + i + "\n会议 " + i, 9)));
        }
        byte[] bytes = pdf.toBytes();

        assertThat(PrintedDocuments.pageCount(bytes)).isGreaterThan(1);
        String text = PrintedDocuments.text(bytes);
        assertThat(text.split("Programme — 日程", -1)).hasSize(PrintedDocuments.pageCount(bytes) + 1);
        assertThat(text).contains("Séance 79").contains("会议 79");
    }
}
