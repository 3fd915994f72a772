package org.assises.registration.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.assises.platform.persistence.Bilingual;

/** Registration's own settings of an edition for its invitation letters: letterhead, issuer, signatory, purpose. */
@Entity
@Table(name = "letter_settings")
public class LetterSettings {

    @Id
    public String edition;

    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "letterhead_fr"))
    @AttributeOverride(name = "zh", column = @Column(name = "letterhead_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "letterhead_en"))
    public Bilingual letterhead;

    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "issuer_fr"))
    @AttributeOverride(name = "zh", column = @Column(name = "issuer_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "issuer_en"))
    public Bilingual issuer;

    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "address_fr"))
    @AttributeOverride(name = "zh", column = @Column(name = "address_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "address_en"))
    public Bilingual address;

    @Column(name = "signatory_name", nullable = false)
    public String signatoryName;

    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "signatory_title_fr"))
    @AttributeOverride(name = "zh", column = @Column(name = "signatory_title_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "signatory_title_en"))
    public Bilingual signatoryTitle;

    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "programme_title_fr"))
    @AttributeOverride(name = "zh", column = @Column(name = "programme_title_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "programme_title_en"))
    public Bilingual programmeTitle;

    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "purpose_fr"))
    @AttributeOverride(name = "zh", column = @Column(name = "purpose_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "purpose_en"))
    public Bilingual purpose;

    @Embedded
    @AttributeOverride(name = "fr", column = @Column(name = "place_fr"))
    @AttributeOverride(name = "zh", column = @Column(name = "place_zh"))
    @AttributeOverride(name = "en", column = @Column(name = "place_en"))
    public Bilingual place;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
