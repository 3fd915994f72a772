package org.assises.platform.persistence;

import jakarta.persistence.Embeddable;

import org.assises.contracts.LocalizedText;

/**
 * Bilingual text as stored: one embeddable instead of {@code xxFr/xxZh/xxEn} column pairs in every
 * entity. Its columns are named after the attribute that embeds it ({@code title} gives {@code title_fr},
 * {@code title_zh}, {@code title_en}) with Hibernate's component-path naming (see docs/service-shape.md). French and
 * Chinese are required wherever the API requires them; English is optional.
 */
@Embeddable
public class Bilingual {

    public String fr;

    public String zh;

    public String en;

    protected Bilingual() {
        // for JPA
    }

    public Bilingual(String fr, String zh, String en) {
        this.fr = fr;
        this.zh = zh;
        this.en = en;
    }

    /** The stored form of an API text; null stays null (an optional text not given). */
    public static Bilingual of(LocalizedText text) {
        return text == null ? null : new Bilingual(text.fr(), text.zh(), text.en());
    }

    /** The stored form of a required API text, French and Chinese stripped of surrounding blanks. */
    public static Bilingual stripped(LocalizedText text) {
        return new Bilingual(text.fr().strip(), text.zh().strip(), text.en());
    }

    /** The API and event form. */
    public LocalizedText text() {
        return new LocalizedText(fr, zh, en);
    }

    /** The API form of an optional text: null when nothing is stored. */
    public static LocalizedText text(Bilingual stored) {
        return stored == null || (stored.fr == null && stored.zh == null) ? null : stored.text();
    }
}
