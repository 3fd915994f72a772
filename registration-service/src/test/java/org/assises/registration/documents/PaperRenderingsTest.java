package org.assises.registration.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.assises.contracts.LocalizedText;
import org.assises.contracts.Side;
import org.assises.registration.domain.BadgeMark;
import org.assises.testsupport.PrintedDocuments;

/**
 * The letter and badge layouts on their own (no database), read back as a reader would. With
 * {@code -Dassises.renderings=<dir>} it also writes the PNG renderings shown in docs/.
 */
class PaperRenderingsTest {

    static LetterContent letter(String reference) {
        return new LetterContent(
                new LocalizedText("Région Occitanie / Pyrénées-Méditerranée", "奥克西塔尼大区", null),
                new LocalizedText("La Région Occitanie", "奥克西塔尼大区", null),
                new LocalizedText("22 boulevard du Maréchal-Juin, 31406 Toulouse", "图卢兹市元帅大道22号", null),
                "Jeanne Fictive",
                new LocalizedText("Vice-présidente chargée des relations internationales", "负责国际关系的副主席", null),
                new LocalizedText("Assises de la coopération décentralisée franco-chinoise", "中法地方合作大会", null),
                new LocalizedText("participation à la conférence et aux visites de terrain", "出席大会及实地考察", null),
                new LocalizedText("Toulouse", "图卢兹", null),
                new LocalizedText("Hôtel de Région, Toulouse", "图卢兹大区议会大楼", null), LocalDate.of(2018, 12, 11), LocalDate.of(2018, 12, 13), "Madame",
                "Wang", "Lixia", "王丽霞", "Directrice des affaires étrangères", "Gouvernement populaire de la province fictive",
                "E12345678", LocalDate.of(2026, 5, 1), LocalDate.of(2018, 12, 10), LocalDate.of(2018, 12, 14), reference,
                "4HX2M-Q9TZ1", LocalDate.of(2018, 9, 20),
                "http://localhost:8081/api/v1/invitation-letters/verification?reference=" + reference + "&code=4HX2M-Q9TZ1");
    }

    static BadgeContent badge(String family, String given, String zh, Side side, List<BadgeMark> marks, String secret) {
        return new BadgeContent("Assises de la coopération décentralisée franco-chinoise", "中法地方合作大会", family, given, zh,
                side == Side.CHINESE ? "Gouvernement populaire de la province fictive du Sichuan" : "Commune fictive de Saint-Essai",
                side == Side.CHINESE ? "Délégation fictive du Sichuan" : null, side, marks, secret);
    }

    @Test
    void aLetterPrintsBothScriptsThePassportAndAVerificationQrOnOnePage() {
        byte[] pdf = LetterPdf.render(List.of(letter("L-7K3F-9QXM-2B8D")));

        assertThat(PrintedDocuments.pageCount(pdf)).isEqualTo(1);
        String text = PrintedDocuments.text(pdf);
        assertThat(text).contains("LETTRE D'INVITATION", "邀请函", "WANG Lixia", "王丽霞", "E12345678", "1 mai 2026", "2026年5月1日",
                "Assises de la coopération décentralisée franco-chinoise", "中法地方合作大会", "L-7K3F-9QXM-2B8D", "4HX2M-Q9TZ1",
                "10 décembre 2018", "2018年12月14日", "Jeanne Fictive");
        BufferedImage page = PrintedDocuments.render(pdf, 0, 110);
        assertThat(PrintedDocuments.qrCodes(page))
                .containsExactly("http://localhost:8081/api/v1/invitation-letters/verification?reference=L-7K3F-9QXM-2B8D&code=4HX2M-Q9TZ1");
        assertThat(pdf.length).isLessThan(120_000);
        write(page, "invitation-letter.png");
    }

    @Test
    void aSheetHoldsFourBadgesPerA4PageEachWithItsOwnQr() {
        List<BadgeContent> badges = new ArrayList<>();
        badges.add(badge("Zhang", "Mingyu", "张明宇", Side.CHINESE, List.of(BadgeMark.VIP, BadgeMark.SPEAKER), "secret-one-aaaaaaaaaaaa"));
        badges.add(badge("Fictivelle", "Anne", null, Side.FRENCH, List.of(), "secret-two-bbbbbbbbbbbb"));
        badges.add(badge("Li", "Hua", "李华", Side.CHINESE, List.of(BadgeMark.PRESS), "secret-three-cccccccccc"));
        badges.add(badge("Durandal", "Odile", null, Side.FRENCH, List.of(BadgeMark.ORGANISER), "secret-four-dddddddddd"));
        badges.add(badge("Chen", "Jing", "陈静", Side.CHINESE, List.of(), "secret-five-eeeeeeeeee"));

        byte[] sheet = BadgePdf.render(badges, BadgePdf.Layout.A4_SHEET);

        assertThat(PrintedDocuments.pageCount(sheet)).isEqualTo(2);
        assertThat(PrintedDocuments.text(sheet)).contains("张明宇", "Mingyu ZHANG", "VIP 贵宾", "INTERVENANT 发言人", "PRESSE 媒体",
                "ORGANISATION 组委会", "Chine  中国", "France  法国", "Anne FICTIVELLE", "陈静");
        assertThat(PrintedDocuments.qrCodes(PrintedDocuments.render(sheet, 0, 150))).containsExactlyInAnyOrder(
                "secret-one-aaaaaaaaaaaa", "secret-two-bbbbbbbbbbbb", "secret-three-cccccccccc", "secret-four-dddddddddd");
        assertThat(PrintedDocuments.qrCodes(PrintedDocuments.render(sheet, 1, 150))).containsExactly("secret-five-eeeeeeeeee");

        byte[] single = BadgePdf.render(badges.subList(0, 1), BadgePdf.Layout.A6);
        BufferedImage a6 = PrintedDocuments.render(single, 0, 150);
        assertThat(PrintedDocuments.qrCodes(a6)).containsExactly("secret-one-aaaaaaaaaaaa");
        write(a6, "badge.png");
    }

    private static void write(BufferedImage image, String name) {
        String dir = System.getProperty("assises.renderings");
        if (dir != null && !dir.isBlank()) {
            PrintedDocuments.writePng(image, Path.of(dir, name));
        }
    }
}
